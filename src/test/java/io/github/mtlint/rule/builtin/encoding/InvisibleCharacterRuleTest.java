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
    void leavesTabsAndNoBreakSpacesAlone() {
        rule.clean("Trade\trose\u00A0by 5 percent.");
    }
}
