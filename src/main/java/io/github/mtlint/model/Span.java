package io.github.mtlint.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into {@link Document#text()}.
 * Offsets never change after a document is read; output formats convert them to code points.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    /** True when the spans share a character; an empty span counts as touching the characters on both sides. */
    public boolean overlaps(Span other) {
        int s1 = isEmpty() ? start - 1 : start;
        int e1 = isEmpty() ? end + 1 : end;
        int s2 = other.isEmpty() ? other.start - 1 : other.start;
        int e2 = other.isEmpty() ? other.end + 1 : other.end;
        return s1 < e2 && s2 < e1;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /**
     * The characters of the span in the text other than white space: lengths compare across scripts so, without
     * counting the spaces Chinese does not have.
     */
    public int visibleLength(CharSequence text) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
