package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RepeatedPhraseRuleTest {

    private final RuleTester rule = RuleTester.of("repetition.repeated-phrase");

    @Test
    void flagsAPhraseRenderedTwice() {
        rule.flags("[[What type of new type of]] regional cooperation should be promoted?");
        rule.flags("It is [[the largest expansion the largest]] ever seen.");
    }

    @Test
    void leavesParallelStructuresAndCorrelativesAlone() {
        rule.clean("The more you read, the more you learn.");
        rule.clean("The price of rice and the price of wheat rose.");
        rule.clean("President Xi met President Tokayev and President Mirziyoyev.");
        rule.clean("China and Russia, and China and Mongolia, held talks.");
    }

    @Test
    void aPronounAndAnAuxiliaryAreGrammarNotARepeatedPhrase() {
        rule.clean("The deal is not as meaningful to me as it was when it was reached.");
        rule.flags("She said that [[the census in the census]] was unreliable.");
    }
}
