package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnterminatedParagraphRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.unterminated-paragraph");

    @Test
    void flagsABodyParagraphWithoutFinalPunctuation() {
        rule.flags("Headline\n\nThe visit went well. China will not only get better today, but also [[better tomorrow]]\n\nNext.");
        rule.suggests("Headline\n\nThe visit went well. China will not only get better today, but also better tomorrow\n\nNext.",
                "better tomorrow.");
    }

    @Test
    void leavesHeadlinesBylinesCaptionsAndListsAlone() {
        rule.clean("Xi meets Putin in Samarkand\n\nThe two leaders met on Thursday.");
        rule.clean("By Zhang Wei and Li Ming\n\nThe two leaders met on Thursday.");
        rule.clean("Photo: the leaders at the summit in the old city of Samarkand on Thursday\n\nThe leaders met.");
        rule.clean("The plan has three parts:\n\n- more trade between the two countries in the coming years\n- energy");
    }

    @Test
    void acceptsClosingQuotesAfterTheFullStop() {
        rule.clean("He said: “We will continue to cooperate with all our partners in the region.”");
    }
}
