package io.github.mtlint.model;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets of a document's normalised text (LF line ends, no BOM) into the positions the
 * report contract promises: code-point offsets into the file's decoded text (which may have had CRLF line
 * ends) and 1-based line and code-point column.
 */
public final class LineIndex {

    private final int[] lineStarts;
    private final int[] removedCarriageReturns;
    private final int[] loneCarriageReturns;
    private final int[] supplementaryStarts;
    /** Lines of the file before this text, when it is a piece of a larger one (see {@link #forPiece}). */
    private int linesBefore;

    /**
     * @param text                   the normalised text
     * @param removedCarriageReturns ascending offsets in the normalised text where a CR of a CRLF pair was removed
     *                               (the offset of the LF that followed it)
     */
    public LineIndex(String text, int[] removedCarriageReturns) {
        this(text, removedCarriageReturns, new int[0]);
    }

    /**
     * @param loneCarriageReturns ascending offsets in the normalised text of each LF that stands for a lone CR of
     *                            the file, so that a finding's text quotes the file as it was
     */
    public LineIndex(String text, int[] removedCarriageReturns, int[] loneCarriageReturns) {
        this.loneCarriageReturns = loneCarriageReturns.clone();
        this.removedCarriageReturns = removedCarriageReturns.clone();
        int lines = 1;
        int supplementary = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                supplementary++;
            }
        }
        lineStarts = new int[lines];
        supplementaryStarts = new int[supplementary];
        int line = 1;
        int supp = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStarts[line++] = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                supplementaryStarts[supp++] = i;
            }
        }
    }

    public static LineIndex of(String text) {
        return new LineIndex(text, new int[0]);
    }

    /**
     * For a piece of a text checked on its own: lines are numbered as in the whole text, the piece starting on line
     * {@code linesBefore + 1}, so that a message naming a line names the file's. Offsets and columns are the piece's.
     */
    public static LineIndex forPiece(String piece, int linesBefore) {
        LineIndex index = of(piece);
        index.linesBefore = linesBefore;
        return index;
    }

    /** Code points before {@code offset} in the normalised text. */
    public int codePoints(int offset) {
        return offset - countBefore(supplementaryStarts, offset);
    }

    /** Code-point offset into the original decoded text (CRs of CRLF pairs counted). */
    public int originalCodePointOffset(int offset) {
        return codePoints(offset) + countBefore(removedCarriageReturns, offset);
    }

    /** The span's text as the file had it: with the CR of each CRLF pair inside the span. */
    public String originalText(String text, Span span) {
        String original = withRemovedCarriageReturns(text, span);
        int lone = countBefore(loneCarriageReturns, span.start());
        if (lone == countBefore(loneCarriageReturns, span.end())) {
            return original;
        }
        // the CRs of CRLF pairs put back before each lone CR's LF shift it by as many places
        char[] chars = original.toCharArray();
        int shift = 0;
        int removed = countBefore(removedCarriageReturns, span.start());
        for (int i = lone; i < loneCarriageReturns.length && loneCarriageReturns[i] < span.end(); i++) {
            while (removed < removedCarriageReturns.length && removedCarriageReturns[removed] <= loneCarriageReturns[i]) {
                removed++;
                shift++;
            }
            chars[loneCarriageReturns[i] - span.start() + shift] = '\r';
        }
        return new String(chars);
    }

    private String withRemovedCarriageReturns(String text, Span span) {
        String normalised = text.substring(span.start(), span.end());
        int from = countBefore(removedCarriageReturns, span.start());
        int to = countBefore(removedCarriageReturns, span.end());
        if (from == to) {
            return normalised;
        }
        StringBuilder original = new StringBuilder(normalised.length() + to - from);
        int copied = span.start();
        for (int i = from; i < to; i++) {
            original.append(text, copied, removedCarriageReturns[i]).append('\r');
            copied = removedCarriageReturns[i];
        }
        return original.append(text, copied, span.end()).toString();
    }

    public int line(int offset) {
        return linesBefore + lineInText(offset);
    }

    private int lineInText(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based code-point column. */
    public int column(int offset) {
        int lineStart = lineStarts[lineInText(offset) - 1];
        return codePoints(offset) - codePoints(lineStart) + 1;
    }

    public Location locate(Span span) {
        return new Location(line(span.start()), column(span.start()), line(span.end()), column(span.end()));
    }

    /** Number of values in the sorted array that are smaller than {@code offset}. */
    private static int countBefore(int[] sorted, int offset) {
        int i = Arrays.binarySearch(sorted, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == offset) {
            i--;
        }
        return i;
    }
}
