package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TruncatedFragmentRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.truncated-fragment");

    @Test
    void flagsAStrayLetterAfterAFullStop() {
        rule.flags("The talks ended in [[Beijing. tp]] the delegation then left.");
    }
}
