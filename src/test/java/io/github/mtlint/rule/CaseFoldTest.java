package io.github.mtlint.rule;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseFoldTest {

    /** Letters whose case Java's regexes and String.toLowerCase treat differently. */
    private static final List<String> TEXTS = List.of("İSTANBUL", "istanbul", "ıstanbul", "ΟΔΟΣ", "οδος", "οδοσ",
            "ſtate", "STATE", "Kelvin \u212A", "kelvin k", "ǅemal", "ǄEMAL", "Straße", "STRASSE", "New Crown", "𝐀 bold");

    @Test
    void aLiteralThatACaseInsensitiveRegexFindsIsInTheFoldedText() {
        int found = 0;
        for (String literal : TEXTS) {
            Pattern pattern = Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String text : TEXTS) {
                String wrapped = "In " + text + ", they said.";
                if (pattern.matcher(wrapped).find()) {
                    found++;
                    assertTrue(CaseFold.fold(wrapped).contains(CaseFold.fold(literal)), literal + " in " + wrapped);
                }
            }
        }
        assertTrue(found > TEXTS.size(), "the cases must include matches across case: " + found);
        // where String.toLowerCase would miss a match: a capital sigma at a word's end becomes a final sigma
        String text = "In ΟΔΟΣ, they said.";
        assertTrue(Pattern.compile("οδοσ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find());
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("οδοσ"));
        assertTrue(CaseFold.fold(text).contains(CaseFold.fold("οδοσ")));
    }

    @Test
    void keepsLengthAndReturnsTextAlreadyFolded() {
        String folded = "new crown pneumonia";
        assertSame(folded, CaseFold.fold(folded));
        assertEquals("new crown pneumonia", CaseFold.fold("New Crown PNEUMONIA"));
        assertEquals("İSTANBUL".length(), CaseFold.fold("İSTANBUL").length());
    }
}
