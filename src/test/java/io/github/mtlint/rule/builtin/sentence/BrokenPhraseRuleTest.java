package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class BrokenPhraseRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.broken-phrase");

    @Test
    void flagsAFullStopInsideAPhrase() {
        rule.flags("It will revive the friendship between the [[two. both]] sides.");
    }

    @Test
    void suggestsJoiningTheWords() {
        rule.suggests("They demanded mutual trust. beneficial cooperation.", "trust beneficial");
    }

    @Test
    void leavesFragmentsToTheFragmentRule() {
        rule.clean("It will become a milestone in history. o the development of relations.");
    }
}
