package io.github.mtlint.text;

import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds paragraphs. In most news text (and in MT output, one segment a line) every line is a paragraph;
 * in hard-wrapped text (lines of similar length broken mid-sentence) only blank lines separate paragraphs.
 */
public final class ParagraphSplitter {

    private final int minWrappedLines;
    private final int maxWrapWidth;
    private final int minWrappedLineWidth;

    /**
     * With the limits of {@code rules/paragraphs.yml}: how many wrapped lines make a text hard-wrapped, how wide a line
     * may be, and how wide one must be to look wrapped.
     */
    public ParagraphSplitter(ParagraphConventions conventions) {
        this.minWrappedLines = conventions.minWrappedLines();
        this.maxWrapWidth = conventions.maxWrapWidth();
        this.minWrappedLineWidth = conventions.minWrappedLineWidth();
    }

    public List<Span> split(String text) {
        List<Span> lines = nonBlankLines(text);
        boolean wrapped = isHardWrapped(text, lines);
        List<Span> paragraphs = new ArrayList<>();
        Span current = null;
        for (Span line : lines) {
            if (wrapped && current != null && onlyOneLineBreakBetween(text, current.end(), line.start())) {
                current = current.union(line);
            } else {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
            }
        }
        if (current != null) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** Lines with their leading and trailing spaces trimmed; blank lines left out. */
    static List<Span> nonBlankLines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Span(s, e));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    /**
     * Hard-wrapped: most lines that continue into a next line are long, no longer than a wrap width,
     * and end without sentence punctuation.
     */
    private boolean isHardWrapped(String text, List<Span> lines) {
        int continued = 0;
        int wrappedLooking = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Span line = lines.get(i);
            if (line.length() > maxWrapWidth) {
                return false;
            }
            if (!onlyOneLineBreakBetween(text, line.end(), lines.get(i + 1).start())) {
                continue;
            }
            continued++;
            char last = text.charAt(line.end() - 1);
            boolean openEnd = Character.isLetterOrDigit(last) || last == ',' || last == '-';
            if (line.length() >= minWrappedLineWidth && openEnd) {
                wrappedLooking++;
            }
        }
        return continued >= minWrappedLines && wrappedLooking * 2 >= continued;
    }

    private static boolean onlyOneLineBreakBetween(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks == 1;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\f' || c == '\u000B';
    }
}
