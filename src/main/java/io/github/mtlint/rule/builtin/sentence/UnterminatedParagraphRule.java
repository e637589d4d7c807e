package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body paragraph that stops without a full stop ("… but also better tomorrow"): the end of the sentence
 * was lost. Headlines, bylines, datelines, captions and list items are not held to this, nor are the rows of a
 * results list or table: unterminated lines after a lead-in ending in a colon, two or more unterminated lines in a
 * row that open with the same kind of label ("Premier League: Brighton 3, Aston Villa 1"), and lines laid out in
 * columns.
 */
public final class UnterminatedParagraphRule extends BaseRule {

    /** Runs of two or more spaces, or tabs, between two visible characters: a gap between columns. */
    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S)(?: {2,}|\\t+)(?=\\S)");

    private final Pattern label;
    private final int minColumnGaps;

    public UnterminatedParagraphRule(RuleSpec spec) {
        super(spec.meta());
        int maxLabelWords = spec.integer("maxLabelWords");
        this.label = Pattern.compile("^[^\\s:.!?;,]+(?: [^\\s:.!?;,]+){0," + (maxLabelWords - 1) + "}: ");
        this.minColumnGaps = spec.integer("minColumnGaps");
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Paragraph> paragraphs = document.paragraphs();
        boolean inLedBlock = false; // the unterminated lines after a lead-in ending in a colon
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            boolean unterminated = !paragraph.endsLikeSentence();
            inLedBlock = unterminated && (inLedBlock || i > 0 && endsWithColon(paragraphs.get(i - 1)));
            if (!paragraph.isBody() || !unterminated || paragraph.sentences().isEmpty()) {
                continue;
            }
            if (inLedBlock || hasColumnGaps(paragraph) || isLabelledRow(paragraphs, i) || isBracketed(paragraph)) {
                continue;
            }
            Sentence last = paragraph.sentences().get(paragraph.sentences().size() - 1);
            List<Token> words = last.words();
            if (words.isEmpty()) {
                continue;
            }
            Token lastWord = words.get(words.size() - 1);
            if (lastWord.span().end() < paragraph.span().end() - 1) {
                continue; // ends in a symbol or a closing mark we do not judge
            }
            Token from = words.size() >= 2 ? words.get(words.size() - 2) : lastWord;
            Span span = new Span(from.span().start(), lastWord.span().end());
            context.flag(span).suggest(document.text(span) + ".").report();
        }
    }

    /** A paragraph wholly in brackets: a wire credit ("(Reporting by …; Editing by …)") or an editor's note. */
    private static boolean isBracketed(Paragraph paragraph) {
        String text = paragraph.text().strip();
        if (text.length() <= 2 || !(text.startsWith("(") && text.endsWith(")") || text.startsWith("[") && text.endsWith("]"))) {
            return false;
        }
        // the first bracket closes at the end, not earlier: "(Reuters) - ... (HK$20)" is a sentence between brackets
        char open = text.charAt(0);
        char close = open == '(' ? ')' : ']';
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == open ? 1 : text.charAt(i) == close ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean endsWithColon(Paragraph paragraph) {
        String text = paragraph.text().strip();
        return text.endsWith(":") || text.endsWith("\uFF1A");
    }

    private boolean hasColumnGaps(Paragraph paragraph) {
        Matcher gaps = COLUMN_GAP.matcher(paragraph.text().strip());
        int count = 0;
        while (count < minColumnGaps && gaps.find()) {
            count++;
        }
        return count >= minColumnGaps;
    }

    /** One of two or more unterminated neighbouring lines that each open with a short label and a colon. */
    private boolean isLabelledRow(List<Paragraph> paragraphs, int i) {
        if (!isUnterminatedLabelled(paragraphs.get(i))) {
            return false;
        }
        return i > 0 && isUnterminatedLabelled(paragraphs.get(i - 1))
                || i + 1 < paragraphs.size() && isUnterminatedLabelled(paragraphs.get(i + 1));
    }

    private boolean isUnterminatedLabelled(Paragraph paragraph) {
        return !paragraph.endsLikeSentence() && label.matcher(paragraph.text().strip()).find();
    }
}
