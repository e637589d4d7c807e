package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TruncatedFragmentRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.truncated-fragment");

    @Test
    void flagsAStrayLetterAfterAFullStop() {
        rule.flags("It will become a milestone in [[history. o]] the development of relations.");
        rule.flags("The talks ended in [[Beijing. tp]] the delegation then left.");
    }

    @Test
    void leavesRealWordsAndArticlesAlone() {
        rule.clean("The meeting ended. a new round of talks is planned.");
        rule.clean("They met at 10 a.m. in the capital.");
    }
}
