package io.github.mtlint.text;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Alignment;
import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.FileSegment;
import io.github.mtlint.model.InlineCode;
import io.github.mtlint.model.LineIndex;
import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A bilingual file as a checked pair: the targets of its segments a line each are the document's text, their
 * sources a line each the source's, and line i of one is aligned with line i of the other ({@link
 * AlignmentKind#SEGMENTS}). Segments marked {@code translate="no"} are left out, and so are approved and final ones
 * when asked. A segment without a target, or with an empty one, keeps its (empty) line but is not aligned.
 *
 * @param sourceLanguage the source's language: the file's tag, else told from the script
 * @param leftOut        segments not checked (translate="no", or approved when skipped), for the report's note
 */
public record BilingualDocument(String path, BilingualFile file, SourceText target, SourceText source,
                                String sourceLanguage, List<FileSegment> segments, Alignment alignment, int leftOut)
        implements TextToCheck {

    /**
     * @param skipApproved leave out segments the file marks approved or final
     * @throws UnreadableInputException when the file's target language is not English, or it has no segments
     */
    public static BilingualDocument of(BilingualFile file, String path, boolean skipApproved) throws UnreadableInputException {
        if (file.targetLanguage() != null && !SourceLanguages.primary(file.targetLanguage()).equals("en")) {
            throw new UnreadableInputException(path, "its target language is " + file.targetLanguage()
                    + ": mtlint checks translations into English");
        }
        StringBuilder target = new StringBuilder();
        StringBuilder source = new StringBuilder();
        List<FileSegment> segments = new ArrayList<>();
        List<AlignedSegment> aligned = new ArrayList<>();
        int leftOut = 0;
        for (BilingualFile.Segment segment : file.segments()) {
            if (!segment.translate() || skipApproved && segment.approved()) {
                leftOut++;
                continue;
            }
            int targetStart = target.length();
            int sourceStart = source.length();
            BilingualFile.Content targetContent = segment.target() == null ? BilingualFile.Content.plain("") : segment.target();
            target.append(targetContent.text()).append('\n');
            source.append(segment.source().text()).append('\n');
            Span targetLine = trimmed(target, targetStart, target.length() - 1);
            Span sourceLine = trimmed(source, sourceStart, source.length() - 1);
            segments.add(new FileSegment(segment.id(), targetLine, sourceLine, segment.target() != null,
                    shifted(targetContent.codes(), targetStart), shifted(segment.source().codes(), sourceStart)));
            if (!targetLine.isEmpty() && !sourceLine.isEmpty()) {
                aligned.add(new AlignedSegment(targetLine, sourceLine, 1.0));
            }
        }
        if (file.segments().isEmpty()) {
            throw new UnreadableInputException(path, "no segments in this " + file.format().display() + " file");
        }
        // a file whose segments are all locked or approved is checked and clean: an empty document, not an error
        String targetText = target.toString();
        String sourceText = source.toString();
        String language = file.sourceLanguage() != null ? file.sourceLanguage() : SourceLanguages.detect(sourceText);
        return new BilingualDocument(path, file, new SourceText(path, targetText, LineIndex.of(targetText)),
                new SourceText(path, sourceText, LineIndex.of(sourceText)), language, segments,
                new Alignment(AlignmentKind.SEGMENTS, aligned), leftOut);
    }

    /**
     * One segment written in XLIFF 2 inline markup, for rule examples: {@code <pc id="1">北京</pc>} and {@code <pc
     * id="1">Beijing</pc>}.
     *
     * @throws IllegalArgumentException when the markup is not well-formed
     */
    public static BilingualDocument ofInline(String id, String sourceMarkup, String targetMarkup, String sourceLanguage) {
        BilingualFile file = new BilingualFile(BilingualFile.Format.XLIFF_2, sourceLanguage, "en", List.of(
                new BilingualFile.Segment("1", inline(sourceMarkup), inline(targetMarkup), true, false)));
        try {
            return of(file, id, false);
        } catch (UnreadableInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The text of XLIFF 2 inline markup, its codes taken out. */
    public static String inlineText(String markup) {
        return inline(markup).text();
    }

    private static BilingualFile.Content inline(String markup) {
        byte[] xml = ("<target>" + markup + "</target>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            javax.xml.stream.XMLStreamReader reader = SafeXml.open(new java.io.ByteArrayInputStream(xml));
            XmlWalk.toRoot(reader);
            return InlineContentReader.read(reader);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalArgumentException("inline markup '" + markup + "': " + SafeXml.describe(e), e);
        }
    }

    /** The line without the white space around it, as the line aligner of text pairs takes it. */
    private static Span trimmed(CharSequence text, int lineStart, int end) {
        int start = lineStart;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? new Span(lineStart, lineStart) : new Span(start, end); // a blank line: at its start
    }

    private static List<InlineCode> shifted(List<InlineCode> codes, int delta) {
        return codes.stream().map(c -> c.shift(delta)).toList();
    }
}
