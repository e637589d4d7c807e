package io.github.mtlint.text;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.ParagraphKind;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells headlines, bylines, datelines, captions and list items from body paragraphs, so that rules about
 * sentences (final punctuation, finite verbs) leave them alone. The words it goes by are data
 * ({@link ParagraphConventions}); the shapes around them (numbering) are here, and a dateline paragraph is one that
 * {@link DatelineDetector} sees a date or a time in.
 */
public final class ParagraphClassifier {

    /**
     * Where a listed word ends: not before a letter, digit or underscore. {@code \b} would also demand that the word
     * end in one, so "Fig." could never match.
     */
    private static final String WORD_END = "(?![\\p{L}\\p{Nd}_])";

    private final ParagraphConventions conventions;

    private final Pattern listItem;
    private final Pattern byline;
    private final Pattern caption;
    private final DatelineDetector datelines;
    private final int maxMetaWords;
    private final int maxHeadingWords;

    /** @param datelines the dateline detector, with the month words of the same conventions */
    public ParagraphClassifier(ParagraphConventions conventions, DatelineDetector datelines) {
        this.conventions = conventions;
        this.datelines = datelines;
        String numeral = "(?:\\d|" + anyOf(conventions.listNumerals()) + ")";
        listItem = Pattern.compile("^(?:" + anyOf(conventions.listMarkers()) + "\\s|\\(?\\d{1,2}[.)]\\s|\\(?[a-z][.)]\\s"
                + "|[（(]\\s*" + numeral + "+\\s*[)）])");
        byline = Pattern.compile("^" + anyOf(conventions.bylines()) + WORD_END + "\\s*[:：]?", Pattern.CASE_INSENSITIVE);
        caption = Pattern.compile("^(?:\\(?" + anyOf(conventions.captions()) + WORD_END + "|\\(" + anyOf(conventions.credits())
                + WORD_END + ")", Pattern.CASE_INSENSITIVE);
        maxMetaWords = conventions.maxMetaWords();
        maxHeadingWords = conventions.maxHeadingWords();
    }

    /** The words and limits this classifier was built from (the paragraph splitter's limits are among them). */
    public ParagraphConventions conventions() {
        return conventions;
    }

    /** The dateline detector, which the analyzer also asks for wire datelines and dates. */
    public DatelineDetector datelines() {
        return datelines;
    }

    /** An alternation of the words as literal text. */
    private static String anyOf(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    public ParagraphKind classify(String paragraph, int index, int paragraphCount) {
        String text = paragraph.strip();
        int words = Document.countWords(text);
        boolean terminated = Paragraph.endsLikeSentence(text);
        if (listItem.matcher(text).find()) {
            return ParagraphKind.LIST_ITEM;
        }
        if (words <= maxMetaWords && byline.matcher(text).find()) {
            return ParagraphKind.BYLINE;
        }
        if (words <= maxMetaWords * 2 && caption.matcher(text).find()) {
            return ParagraphKind.CAPTION;
        }
        if (!terminated && words <= maxMetaWords && datelines.namesDateOrTime(text)) {
            return ParagraphKind.DATELINE;
        }
        if (!terminated && (words <= maxHeadingWords || index == 0 && paragraphCount > 1)) {
            return ParagraphKind.HEADLINE;
        }
        return ParagraphKind.BODY;
    }
}
