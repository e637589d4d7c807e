package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RepeatedPhraseRuleTest {

    private final RuleTester rule = RuleTester.of("repetition.repeated-phrase");

    @Test
    void aPronounAndAnAuxiliaryAreGrammarNotARepeatedPhrase() {
        rule.flags("She said that [[the census in the census]] was unreliable.");
    }
}
