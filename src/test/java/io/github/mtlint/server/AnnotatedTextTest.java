package io.github.mtlint.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LanguageTool's {@code data} parameter, with the examples of its API documentation. */
class AnnotatedTextTest {

    @Test
    void checksTheTextAndCountsPositionsInTheMarkup() throws HttpError {
        AnnotatedText text = AnnotatedText.ofData(
                "{\"annotation\":[{\"text\": \"A \"},{\"markup\": \"<b>\"},{\"text\": \"test\"},{\"markup\": \"</b>\"}]}");
        assertEquals("A test", text.plain());
        assertEquals("A <b>test</b>", text.original());
        assertEquals(5, text.toOriginal(2, false), "'test' starts after the tag");
        assertEquals(9, text.toOriginal(6, true), "and ends before the closing tag");
        assertEquals("test", text.original().substring(text.toOriginal(2, false), text.toOriginal(6, true)));
    }

    @Test
    void markupInterpretedAsTextIsCheckedAsThatText() throws HttpError {
        AnnotatedText text = AnnotatedText.ofData("{\"annotation\":[{\"text\": \"One.\"},"
                + "{\"markup\": \"<p>\", \"interpretAs\": \"\\n\\n\"},{\"text\": \"Two.\"}]}");
        assertEquals("One.\n\nTwo.", text.plain());
        assertEquals(7, text.toOriginal(6, false));
        assertEquals(4, text.toOriginal(4, false), "a match starting on the paragraph break starts at the tag");
        assertEquals(7, text.toOriginal(5, true), "and one ending inside it ends after the tag");
    }

    @Test
    void refusesWhatIsNotAnnotatedText() {
        assertEquals(400, assertThrows(HttpError.class, () -> AnnotatedText.ofData("[1]")).status());
        assertEquals(400, assertThrows(HttpError.class, () -> AnnotatedText.ofData("{\"annotation\":[{\"text\":1}]}")).status());
        assertEquals(400, assertThrows(HttpError.class, () -> AnnotatedText.ofData("{\"annotation\":")).status());
    }

    @Test
    void jsonThatDoesNotParseIsNamedWithItsPlaceNotTheParsersInternals() {
        HttpError error = assertThrows(HttpError.class, () -> AnnotatedText.ofData("{\"annotation\": [x]}"));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().startsWith("'data' is not JSON: Unrecognized token 'x'"), error.getMessage());
        assertTrue(error.getMessage().endsWith("(line 1, column 18)"), error.getMessage());
        assertFalse(error.getMessage().contains("Source"), error.getMessage());
    }
}
