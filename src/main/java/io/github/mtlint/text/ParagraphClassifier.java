package io.github.mtlint.text;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.ParagraphKind;

import java.util.regex.Pattern;

/**
 * Tells headlines, bylines, datelines, captions and list items from body paragraphs, so that rules about
 * sentences (final punctuation, finite verbs) leave them alone.
 */
public final class ParagraphClassifier {

    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[-•*·▪◦–]\\s|\\(?\\d{1,2}[.)]\\s|\\(?[a-z][.)]\\s|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）])");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|Reporters?|Correspondents?|Editors?|Edited by|Written by|Authors?|Source|Photo by|Text by|"
                    + "Translated by|Proofread by|Responsible editor)\\b\\s*[:：]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:\\(?(?:Photo|Picture|Image|Figure|Fig\\.|Video|Caption|Screenshot|File photo)\\b|\\((?:Photo|Xinhua|AFP|Reuters|AP)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}:\\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
                    + "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{4})");
    /** Short lines without final punctuation read as titles and subheads. */
    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_META_WORDS = 14;

    public ParagraphKind classify(String paragraph, int index, int paragraphCount) {
        String text = paragraph.strip();
        int words = Document.countWords(text);
        boolean terminated = Paragraph.endsLikeSentence(text);
        if (LIST_ITEM.matcher(text).find()) {
            return ParagraphKind.LIST_ITEM;
        }
        if (words <= MAX_META_WORDS && BYLINE.matcher(text).find()) {
            return ParagraphKind.BYLINE;
        }
        if (words <= MAX_META_WORDS * 2 && CAPTION.matcher(text).find()) {
            return ParagraphKind.CAPTION;
        }
        if (!terminated && words <= MAX_META_WORDS && DATE_OR_TIME.matcher(text).find()) {
            return ParagraphKind.DATELINE;
        }
        if (!terminated && (words <= MAX_HEADING_WORDS || index == 0 && paragraphCount > 1)) {
            return ParagraphKind.HEADLINE;
        }
        return ParagraphKind.BODY;
    }
}
