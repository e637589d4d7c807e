package io.github.mtlint.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineIndexTest {

    @Test
    void countsColumnsInCodePoints() {
        String text = "😀 a\nb 😀 c";
        LineIndex index = LineIndex.of(text);
        int c = text.lastIndexOf('c');
        assertEquals(new Location(2, 5, 2, 6), index.locate(new Span(c, c + 1)));
        assertEquals(8, index.codePoints(c));
    }

    @Test
    void mapsNormalisedOffsetsBackToCrlfFiles() {
        // file "ab\r\ncd\r\nef" normalised to "ab\ncd\nef"; CRs were before offsets 2 and 5
        LineIndex index = new LineIndex("ab\ncd\nef", new int[] {2, 5});
        assertEquals(0, index.originalCodePointOffset(0));
        assertEquals(4, index.originalCodePointOffset(3));
        assertEquals(8, index.originalCodePointOffset(6));
        assertEquals(2, index.originalCodePointOffset(2), "the end of 'ab' stays before the CR");
    }

    @Test
    void givesTheOriginalTextOfASpanWithItsCarriageReturns() {
        String file = "ab\r\ncd\r\nef";
        String text = "ab\ncd\nef";
        LineIndex index = new LineIndex(text, new int[] {2, 5});
        for (int start = 0; start <= text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                Span span = new Span(start, end);
                assertEquals(file.substring(index.originalCodePointOffset(start), index.originalCodePointOffset(end)),
                        index.originalText(text, span), span.toString());
            }
        }
    }
}
