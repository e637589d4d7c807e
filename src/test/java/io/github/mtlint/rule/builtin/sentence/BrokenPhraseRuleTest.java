package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class BrokenPhraseRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.broken-phrase");

    @Test
    void flagsAFullStopInsideAPhrase() {
        rule.flags("They demanded political mutual [[trust. beneficial]] cooperation and equality.");
        rule.flags("It will revive the friendship between the [[two. both]] sides.");
    }

    @Test
    void suggestsJoiningTheWords() {
        rule.suggests("They demanded mutual trust. beneficial cooperation.", "trust beneficial");
    }

    @Test
    void leavesAbbreviationsAndBrandsAlone() {
        rule.clean("He arrived at 9 a.m. and left at noon.");
        rule.clean("Sales rose. iPhone shipments led the way.");
        rule.clean("The talks ended. Both sides were satisfied.");
    }

    @Test
    void leavesFragmentsToTheFragmentRule() {
        rule.clean("It will become a milestone in history. o the development of relations.");
    }
}
