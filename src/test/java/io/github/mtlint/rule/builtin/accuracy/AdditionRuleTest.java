package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AdditionRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.addition");

    @Test
    void leavesAShortOrFaithfulTranslationAlone() {
        rule.clean("好。", "All right, then, that is good.");
    }
}
