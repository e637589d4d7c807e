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
        rule.clean("China and Kazakhstan sign trade deal\n\nChina and Kazakhstan sign trade deal, officials said.");
    }

    @Test
    void percentInTheBodyIsTheHeadlinesPercentSign() {
        rule.clean("China's GDP grows 6.1% in 2019\n\nBEIJING -- China's GDP grows 6.1 percent in 2019, officials said.");
        rule.clean("Exports rise 5% in first quarter\n\nExports rise 5 per cent in first quarter, data show.");
    }

    @Test
    void headlinePresentTenseIsNotDrift() {
        rule.clean("Premier addresses a reception for foreign experts\n\nThe premier addressed a reception for foreign experts.");
    }

    @Test
    void aBodyThatDropsOrAddsAQualifierIsNotDrift() {
        rule.clean("Free nucleic acid testing for all residents\n\nThe results of nucleic acid testing for all residents came in.");
        rule.clean("The Lancet published an article on China\n\nThe Lancet magazine published an article on China.");
    }
}
