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
        // a modifier trailing a whole clause takes a comma
        rule.suggests("The city recorded an average rainfall of 186 millimeters. with a maximum of 312.5 mm.", "millimeters, with");
        rule.suggests("Turnover reached 214.6 billion Hong Kong dollars. about 27.6 billion U.S. dollars.", "dollars, about");
    }

    @Test
    void leavesFragmentsToTheFragmentRule() {
        rule.clean("It will become a milestone in history. o the development of relations.");
    }
}
