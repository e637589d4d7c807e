package io.github.mtlint.text;

import io.github.mtlint.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PieceSplitterTest {

    @Test
    void aTextWithinTheLimitIsOnePiece() {
        assertEquals(List.of(new Span(0, 11)), PieceSplitter.split("One piece.\n", 100));
        assertEquals(List.of(new Span(0, 0)), PieceSplitter.split("", 100));
    }

    @Test
    void piecesEndAfterABlankLineBeforeALineEnd() {
        String text = "First paragraph here.\n\nSecond one.\nThird line goes on and on.";
        List<Span> pieces = PieceSplitter.split(text, 40);
        assertEquals(new Span(0, 23), pieces.get(0), "after the blank line");
        assertCovers(text, pieces, 40);
    }

    @Test
    void withoutLineEndsAPieceEndsAfterAFullStopThenAfterASpace() {
        String sentences = "The talks went well. Both sides agreed on trade. They will meet again";
        assertEquals(21, PieceSplitter.split(sentences, 30).get(0).end());
        String words = "a long run of words without any full stop in it at all";
        List<Span> pieces = PieceSplitter.split(words, 20);
        assertEquals(' ', words.charAt(pieces.get(0).end() - 1));
        assertCovers(words, pieces, 20);
    }

    @Test
    void aRunWithoutPausesIsCutButNotInsideASurrogatePair() {
        String emoji = "😀".repeat(50);
        List<Span> pieces = PieceSplitter.split(emoji, 9);
        for (Span piece : pieces) {
            assertFalse(Character.isLowSurrogate(emoji.charAt(piece.start())), piece.toString());
        }
        assertCovers(emoji, pieces, 9);
    }

    @Test
    void longTextsOfEveryShapeAreCoveredInOrder() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append(i % 7 == 0 ? "\n\n" : i % 5 == 0 ? "\n" : " ").append("Word").append(i).append(i % 3 == 0 ? "." : "");
        }
        assertCovers(text.toString(), PieceSplitter.split(text.toString(), 500), 500);
        assertThrows(IllegalArgumentException.class, () -> PieceSplitter.split("text", 1));
    }

    private static void assertCovers(String text, List<Span> pieces, int maxChars) {
        int at = 0;
        for (Span piece : pieces) {
            assertEquals(at, piece.start(), "no gap or overlap");
            assertTrue(piece.end() - piece.start() <= maxChars && piece.end() > piece.start(), piece.toString());
            at = piece.end();
        }
        assertEquals(text.length(), at);
    }
}
