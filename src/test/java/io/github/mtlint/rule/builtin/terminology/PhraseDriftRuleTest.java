package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PhraseDriftRuleTest {

    private final RuleTester rule = RuleTester.of("terminology.phrase-drift");

    @Test
    void flagsAHeadlinePhraseWithAWordAdded() {
        rule.flags("Cross currents lead the way to the Silk Road\n\nThe talks went well. [[Cross-sea currents lead the way]], and more.");
        rule.suggests("Cross currents lead the way to the Silk Road\n\nThe talks went well. Cross-sea currents lead the way, and more.",
                "Cross currents lead the way");
    }

    @Test
    void leavesDifferentFactsAndExactRepeatsAlone() {
        rule.clean("Xi meets Putin in Samarkand on Thursday\n\nOn Friday, Xi meets Erdogan in Samarkand on Thursday's sidelines.");
        rule.clean("China and Kazakhstan sign trade deal\n\nChina and Kazakhstan sign trade deal, officials said.");
    }
}
