package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SpellingVarietyRuleTest {

    @Test
    void flagsTheMinorityVarietyIncludingDerivedForms() {
        RuleTester.of("locale.spelling-variety").suggests("The favorable climate, the color and good neighbourliness.", "neighborliness");
    }

    @Test
    void followsTheRequestedVariety() {
        RuleTester.of("locale.spelling-variety").variant(EnglishVariant.GB)
                .flags("The [[color]] of the flag.");
    }

    @Test
    void leavesConsistentTextAndAmbiguousWordsAlone() {
        RuleTester rule = RuleTester.of("locale.spelling-variety");
        rule.clean("He wrote a check for the story about the program, in a favourable climate.");
    }
}
