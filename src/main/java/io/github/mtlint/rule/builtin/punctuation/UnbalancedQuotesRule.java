package io.github.mtlint.rule.builtin.punctuation;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Quotation marks and brackets that do not pair up within a paragraph: an odd number of double quotation marks,
 * a bracket never closed or never opened, a stray closing quote after a word ("bring more vitality to’ the
 * region"). A quotation that runs on into a neighbouring paragraph is not an error, nor is a plural possessive
 * ("members’ rights") or a list label ("1)").
 */
public final class UnbalancedQuotesRule extends BaseRule {

    public UnbalancedQuotesRule(RuleSpec spec) {
        super(spec.variables("mark").meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Paragraph> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            String previous = p > 0 ? paragraphs.get(p - 1).text() : "";
            String next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1).text() : "";
            List<Integer> stray = new ArrayList<>();
            checkBrackets(paragraph.text(), stray);
            checkDouble(paragraph.text(), previous, next, stray);
            checkSingle(paragraph.text(), stray);
            stray.stream().sorted().forEach(i -> {
                Span span = new Span(i, i + 1).shift(paragraph.span().start());
                context.flag(span).with("mark", document.text(span)).report();
            });
        }
    }

    private static void checkBrackets(String text, List<Integer> stray) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                open.push(i);
            } else if (c == ')' || c == ']' || c == '}') {
                char wanted = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (!open.isEmpty() && text.charAt(open.peek()) == wanted) {
                    open.pop();
                } else if (!isListLabel(text, i)) {
                    stray.add(i);
                }
            }
        }
        stray.addAll(open);
    }

    /** "1)", "a)", "iv)" at the start of a paragraph or after a line break or a space. */
    private static boolean isListLabel(String text, int close) {
        int start = close;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return close - start >= 1 && close - start <= 3 && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
    }

    /**
     * Double quotation marks of any glyph (straight, curly: machine translation and hurried editing mix them and
     * turn them the wrong way) must come in pairs within a paragraph, unless the quotation runs on from or into a
     * neighbouring paragraph, which then has an odd number too (MT output has one segment a line) or, by the
     * typesetting convention, opens with a quotation mark again. An odd mark
     * out is the one that opens nothing: the last if it opens, else the first.
     */
    private static void checkDouble(String text, String previousParagraph, String nextParagraph, List<Integer> stray) {
        List<Integer> marks = doubleQuotes(text);
        String nextStart = nextParagraph.stripLeading();
        if (marks.size() % 2 == 0 || doubleQuotes(previousParagraph).size() % 2 == 1
                || doubleQuotes(nextParagraph).size() % 2 == 1 || nextStart.startsWith("\u201C") || nextStart.startsWith("\"")) {
            return;
        }
        int last = marks.get(marks.size() - 1);
        boolean lastOpens = last + 1 < text.length() && !Character.isWhitespace(text.charAt(last + 1))
                && (last == 0 || Character.isWhitespace(text.charAt(last - 1)) || text.charAt(last) == '\u201C');
        stray.add(lastOpens || marks.size() == 1 ? last : marks.get(0));
    }

    private static List<Integer> doubleQuotes(String text) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                marks.add(i);
            }
        }
        return marks;
    }

    /**
     * Single quotes double as apostrophes, so only clear cases count: a closing quote after a word that is not a
     * plural, followed by a space, with no opening quote before it ("to’ the").
     */
    private static void checkSingle(String text, List<Integer> stray) {
        boolean openCurly = false;
        boolean openStraight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean beforeLetter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            if (c == '\u2018') {
                openCurly = true;
            } else if (c == '\'' && afterSpace && beforeLetter) {
                openStraight = true;
            } else if ((c == '\u2019' || c == '\'') && i > 0 && Character.isLetter(text.charAt(i - 1))
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                boolean closesQuote = c == '\u2019' ? openCurly : openStraight;
                if (closesQuote) {
                    openCurly = c == '\u2019' ? false : openCurly;
                    openStraight = c == '\'' ? false : openStraight;
                } else if (Character.toLowerCase(text.charAt(i - 1)) != 's') {
                    stray.add(i);
                }
            }
        }
    }
}
