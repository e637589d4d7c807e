package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class InconsistentFormRuleTest {

    private final RuleTester rule = RuleTester.of("terminology.inconsistent-form");

    @Test
    void leavesCompoundsReviewersAcceptSideBySideAlone() {
        rule.clean("Cross-border trade grew.\nOfficials said cross border trade would grow further.");
        rule.clean("E-commerce is booming.\nMany ecommerce firms are hiring front-line and frontline workers.");
        rule.clean("Saline-Alkali Tolerant Rice Harvest\n\nThe saline-alkali tolerant rice was harvested.");
    }

    @Test
    void flagsCaseVariants() {
        rule.suggests("COVID-19 cases fell.\nThe Covid-19 vaccine was approved.", "COVID-19");
    }

    @Test
    void leavesPredicativeUseAndSentenceStartsAlone() {
        rule.clean("He is a well-known writer. His work is well known in China.");
        rule.clean("The long-term plan was approved. In the long term, it will help.");
        rule.clean("Cross-border trade grew. The cross-border rail line opened.");
    }
}
