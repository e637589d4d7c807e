package io.github.mtlint.rule.builtin.punctuation;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnbalancedQuotesRuleTest {

    private final RuleTester rule = RuleTester.of("punctuation.unbalanced");

    @Test
    void flagsStrayAndUnclosedMarks() {
        rule.flags("It will bring more vitality [[to’]] the international situation.");
        rule.flags("He said: [[“]]We will continue to cooperate.");
        rule.flags("Trade grew by 5 percent[[)]] last year.");
        rule.flags("She said [[\"]]no.");
    }

    @Test
    void leavesPossessivesContinuedQuotesAndLabelsAlone() {
        rule.clean("The members’ rights and China’s “five principles” (see above) were discussed.");
        rule.clean("He said: “We will go on.\n“We will not stop,” he added.");
        rule.clean("1) Trade 2) Energy 3) Security");
        rule.clean("She said \"no\" and 'yes' and the '90s were over.");
    }
}
