package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.model.Severity;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MtLoopRuleTest {

    private final RuleTester rule = RuleTester.of("repetition.mt-loop");

    @Test
    void flagsARunOfWordsRepeatedInsideASentence() {
        rule.flags("They agreed to promote [[the development of the region the development of the region]] together.");
    }

    @Test
    void flagsARepeatedSentenceAsMinor() {
        String text = "The two sides signed the agreement on trade and investment.\nThen: the two sides signed the agreement on trade and investment.\n"
                + "The two sides signed the agreement on trade and investment.";
        assertEquals(Severity.MINOR, rule.findings(text).get(0).severity());
    }

    @Test
    void leavesIdiomsAndShortRepeatsAlone() {
        rule.clean("Yes. Yes. Yes.");
    }
}
