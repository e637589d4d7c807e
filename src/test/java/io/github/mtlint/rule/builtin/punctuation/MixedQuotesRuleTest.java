package io.github.mtlint.rule.builtin.punctuation;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MixedQuotesRuleTest {

    private final RuleTester rule = RuleTester.of("punctuation.mixed-quotes");

    @Test
    void flagsTheFirstMarkOfTheMinorityStyleOnce() {
        rule.flags("China’s trade and Russia’s energy. Kazakhstan[[']]s grain and Uzbekistan's cotton.");
        var findings = rule.findings("He said “yes”. She said “no”. They said \"maybe\".");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("2 straight among 4 typographic"), findings.get(0).message());
    }

    @Test
    void leavesConsistentTextAlone() {
        rule.clean("He said \"yes\". China's trade.");
    }
}
