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
    void leavesAParagraphWhollyInBracketsAlone() {
        rule.clean("Shares rose 1.2% in Hong Kong.\n\n(Reporting by Mei Lin in Hong Kong and Tom Fairley in London; Editing by Sonia Chesterton)");
        rule.clean("The talks ended.\n\n[This story has been corrected to show that the meeting was held on Tuesday, not Monday]");
        rule.flags("The talks ended.\n\n(The meeting) was held in the capital, and the two sides agreed to meet again in [[the spring]]\n\nNext.");
    }

    @Test
    void leavesResultsAndTableRowsAlone() {
        rule.clean("Scores from the weekend's top basketball games in the northern conference:\n\n"
                + "Boston 102, Chicago 99 after overtime; New York 87, Toronto 91; Detroit 110, Cleveland 104 at home\n");
        rule.clean("The teams played well.\n\nEastern Division: Hawks 3, Owls 1; Bears 0, Wolves 2; Foxes 1, Eagles 1 in the snow\n"
                + "Western Division: Lions 2, Tigers 2; Sharks 4, Whales 0; Pumas 1, Jaguars 3 on a rainy afternoon\n\nNext.");
        rule.clean("The figures were released on Monday.\n\n"
                + "Exports of machinery and electronics in the first half of the year   4,120   up   12.5%\n\nNext.");
        rule.clean("The figures were released on Monday.\n\n"
                + "Imports of crude oil and natural gas by sea in the first half of the year\t880\tdown\t3.1%\n\nNext.");
    }

    @Test
    void stillFlagsALoneBodyParagraphAmongRows() {
        rule.flags("The figures were released on Monday.\n\nExports rose in the first half, and imports fell by a third in "
                + "[[the spring]]\n\nNext.");
        rule.flags("The season ended.\n\nEastern Division: the Hawks beat the Owls, and the Bears lost to the Wolves in front of a huge "
                + "[[home crowd]]\n\nNext.");
    }

    @Test
    void acceptsClosingQuotesAfterTheFullStop() {
        rule.clean("He said: “We will continue to cooperate with all our partners in the region.”");
    }
}
