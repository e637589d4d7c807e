package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class InvisibleCharacterRuleTest {

    private final RuleTester rule = RuleTester.of("encoding.invisible-character");

    @Test
    void flagsZeroWidthAndControlCharactersByName() {
        rule.flags("The Belt[[\u200B]]and Road.");
        rule.flags("Trade[[\u0007]] rose.");
        assertTrue(rule.findings("The Belt\u200Band Road.").get(0).message().contains("U+200B (ZERO WIDTH SPACE)"));
    }

    @Test
    void leavesJoinersInsideEmojiSequencesAlone() {
        rule.clean("The \uD83D\uDC69\u200D\uD83D\uDD2C emoji and the \u2764\uFE0F\u200D\uD83D\uDD25 one, she said.");
        rule.clean("A wave \uD83D\uDC4B\uD83C\uDFFD\u200D\u2642\uFE0F from the team.");
        rule.flags("The word[[\u200D]]\uD83D\uDD25 and the \uD83D\uDD25[[\u200D]] end and Belt[[\u200D]]Road.");
    }

    @Test
    void leavesTabsAndNoBreakSpacesAlone() {
        rule.clean("Trade\trose\u00A0by 5 percent.");
    }
}
