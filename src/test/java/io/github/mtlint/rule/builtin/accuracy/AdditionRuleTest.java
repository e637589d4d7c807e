package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AdditionRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.addition");

    @Test
    void flagsASegmentThatRepeatsItselfFarBeyondItsSource() {
        rule.flags("双方同意加强合作。",
                "[[The two sides agreed to strengthen cooperation, and the two sides agreed to strengthen cooperation in all fields, and they agreed to strengthen cooperation in every field of cooperation.]]");
    }

    @Test
    void leavesAShortOrFaithfulTranslationAlone() {
        rule.clean("双方同意加强合作。", "The two sides agreed to strengthen cooperation.")
                .clean("好。", "All right, then, that is good.");
    }
}
