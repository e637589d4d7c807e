package io.github.mtlint.rule.builtin.punctuation;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Quotation marks and brackets that do not pair up within a paragraph: a closing mark with no opening one, an
 * opening one never closed, a stray closing quote after a word ("bring more vitality to’ the region"). A quotation
 * that runs on into the next paragraph (which then opens with a quotation mark) is not an error, nor is a plural
 * possessive ("members’ rights") or a list label ("1)").
 */
public final class UnbalancedQuotesRule implements Rule {

    private final RuleMeta meta;

    public UnbalancedQuotesRule(RuleSpec spec) {
        this.meta = spec.meta();
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Paragraph> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            String next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1).text() : "";
            List<Integer> stray = new ArrayList<>();
            checkBrackets(paragraph.text(), stray);
            checkCurly(paragraph.text(), '\u201C', '\u201D', next, stray);
            checkStraightDouble(paragraph.text(), next, stray);
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

    private static void checkCurly(String text, char opening, char closing, String nextParagraph, List<Integer> stray) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                if (open >= 0) {
                    stray.add(open);
                }
                open = i;
            } else if (c == closing) {
                if (open >= 0) {
                    open = -1;
                } else {
                    stray.add(i);
                }
            }
        }
        if (open >= 0 && !nextParagraph.stripLeading().startsWith(String.valueOf(opening))) {
            stray.add(open);
        }
    }

    /** Straight quotes: an opening one follows a space or the start, a closing one follows a word or punctuation. */
    private static void checkStraightDouble(String text, String nextParagraph, List<Integer> stray) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '"') {
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014-".indexOf(text.charAt(i - 1)) >= 0;
            if (open < 0) {
                if (spaceBefore || i == 0) {
                    open = i;
                } else {
                    stray.add(i);
                }
            } else {
                open = -1;
            }
        }
        if (open >= 0 && !nextParagraph.stripLeading().startsWith("\"")) {
            stray.add(open);
        }
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
