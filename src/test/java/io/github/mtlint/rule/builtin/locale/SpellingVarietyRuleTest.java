package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SpellingVarietyRuleTest {

    @Test
    void flagsTheMinorityVarietyIncludingDerivedForms() {
        RuleTester.of("locale.spelling-variety").suggests("The favorable climate, the color and good neighbourliness.", "neighborliness");
    }

    @Test
    void followsTheRequestedVariety() {
        RuleTester.of("locale.spelling-variety").variant(EnglishVariant.GB)
                .flags("The [[color]] of the flag.");
    }

    @Test
    void aMarkerWordStartingASentenceIsANameBeforeAPossessiveOrACapitalOrWhereTheTextNeverWritesItInLowerCase() {
        RuleTester rule = RuleTester.of("locale.spelling-variety");
        rule.clean("Labor wins again\n\nLabor has won a second term, and the colour of the night was red.\n\n"
                + "Labor's leader thanked the neighbours.");
        rule.clean("Center Parcs opened a site, and its colour scheme pleased the neighbours.");
        rule.flags("Labor's leader thanked the neighbours for their favourable votes; the [[labor]] market is weak.");
        rule.flags("[[Labor]] costs rose, and the colour of the plan pleased neighbours; skilled [[labor]] is scarce.");
        // an ordinary word starting a sentence is no name
        rule.flags("The favorable weather helped the harvest. [[Favourable]] prices followed, and the neighbors agreed.");
    }

    @Test
    void leavesConsistentTextAndAmbiguousWordsAlone() {
        RuleTester rule = RuleTester.of("locale.spelling-variety");
        rule.clean("He wrote a check for the story about the program, in a favourable climate.");
    }
}
