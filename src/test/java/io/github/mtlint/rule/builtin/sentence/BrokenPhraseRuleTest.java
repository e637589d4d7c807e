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
        // both sides have a verb of their own: a sentence that lost its capital
        rule.suggests("Metro Line 3 was partly suspended on Tuesday. the service was restored at 6 pm.", "Tuesday. The");
    }

    @Test
    void leavesFragmentsToTheFragmentRule() {
        rule.clean("It will become a milestone in history. o the development of relations.");
    }
}
