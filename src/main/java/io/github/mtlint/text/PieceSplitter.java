package io.github.mtlint.text;

import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text too large to analyse at once into pieces of at most {@code maxChars}, each ending where a reader would
 * pause: after a blank line if the piece has one, else after a line end, else after a sentence's full stop, else after
 * a space; only a piece with none of these (a run of tens of thousands of characters without a space) is cut mid-word,
 * and never inside a surrogate pair. The pieces cover the text in order, without gaps.
 */
public final class PieceSplitter {

    private PieceSplitter() {
    }

    public static List<Span> split(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("pieces need at least 2 characters, got " + maxChars);
        }
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            pieces.add(new Span(start, end));
            start = end;
        }
        if (start < text.length() || pieces.isEmpty()) {
            pieces.add(new Span(start, text.length()));
        }
        return pieces;
    }

    /** The best end in (start, limit]: the last pause of the strongest kind the range has. */
    private static int cut(String text, int start, int limit) {
        // the second half first, so that pieces do not shrink to a sliver at an early blank line
        int half = start + (limit - start) / 2;
        for (int from : new int[] {half, start}) {
            int end = text.lastIndexOf("\n\n", limit - 2);
            if (end >= from) {
                return end + 2;
            }
            end = text.lastIndexOf('\n', limit - 1);
            if (end >= from) {
                return end + 1;
            }
            end = lastSentenceEnd(text, from, limit);
            if (end > from) {
                return end;
            }
            end = text.lastIndexOf(' ', limit - 1);
            if (end >= from) {
                return end + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** Just after the last ". ", "! " or "? " (and the space) that lies in (from, limit]. */
    private static int lastSentenceEnd(String text, int from, int limit) {
        for (int i = limit - 2; i >= from; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return -1;
    }
}
