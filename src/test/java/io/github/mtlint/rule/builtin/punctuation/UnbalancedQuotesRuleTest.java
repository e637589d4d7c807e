package io.github.mtlint.rule.builtin.punctuation;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnbalancedQuotesRuleTest {

    private final RuleTester rule = RuleTester.of("punctuation.unbalanced");

    @Test
    void flagsStrayAndUnclosedMarks() {
        rule.flags("She said [[\"]]no.");
    }

    @Test
    void leavesPossessivesContinuedQuotesAndLabelsAlone() {
        rule.clean("She said \"no\" and 'yes' and the '90s were over.");
    }
}
