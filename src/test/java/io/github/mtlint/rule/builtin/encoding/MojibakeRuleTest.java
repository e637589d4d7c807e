package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MojibakeRuleTest {

    private final RuleTester rule = RuleTester.of("encoding.mojibake");

    @Test
    void flagsUtf8ReadAsWindows1252AndSuggestsTheRepair() {
        rule.flags("[[â€™]]"); // at the very end of a text without a line end (found by FuzzTest)
        rule.suggests("Chinaâ€™s exports rose.", "\u2019");
        rule.suggests("The Ã©lite school.", "é");
        var quotes = rule.findings("He said â€œyesâ€\u009D.");
        assertEquals(List.of(List.of("\u201C"), List.of("\u201D")), quotes.stream().map(i -> i.suggestions()).toList());
    }

    @Test
    void leavesRealAccentedTextAlone() {
        rule.clean("The café in São Paulo served crème brûlée to Ángel and Søren.");
        rule.clean("Prices: 5 € and £10, © 2022.");
    }
}
