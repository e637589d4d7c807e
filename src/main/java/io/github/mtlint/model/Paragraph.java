package io.github.mtlint.model;

import java.util.List;

/**
 * A block of text between line breaks (or blank lines, for hard-wrapped text); the span excludes the breaks.
 *
 * @param wireDateline the wire-style dateline the paragraph opens with ("BEIJING," of "BEIJING, Sept. 16 (Xinhua) --"),
 *                     in document offsets; null when it has none
 */
public record Paragraph(int index, Span span, String text, ParagraphKind kind, List<Sentence> sentences, Span wireDateline) {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }

    /** Whether an offset into the paragraph's text falls in its wire-style dateline. */
    public boolean inWireDateline(int offsetInText) {
        return wireDateline != null && offsetInText < wireDateline.end() - span.start();
    }

    public boolean isBody() {
        return kind == ParagraphKind.BODY;
    }

    /** Whether the paragraph ends as a sentence does (full stop, question mark, colon…), closing quotes aside. */
    public boolean endsLikeSentence() {
        return endsLikeSentence(text);
    }

    public static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && TERMINATORS.indexOf(text.charAt(i)) >= 0;
    }

    private static final String CLOSERS = "\"'”’»)]）」』】";
    private static final String TERMINATORS = ".!?:;…。！？：；";
}
