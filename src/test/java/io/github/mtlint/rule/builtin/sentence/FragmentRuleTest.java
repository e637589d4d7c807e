package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FragmentRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.fragment");

    @Test
    void leavesSentencesWithVerbsShortOnesAndLeadInsAlone() {
        rule.clean("A historic day for both countries.");
        rule.clean("Highlights of the visit of the two heads of state to the region: trade, energy and security.");
        rule.clean("Will the two heads of state of the region meet again in the capital next year?");
    }
}
