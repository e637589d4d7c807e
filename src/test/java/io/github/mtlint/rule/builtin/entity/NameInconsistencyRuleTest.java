package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NameInconsistencyRuleTest {

    private final RuleTester rule = RuleTester.of("entity.name-inconsistency");

    @Test
    void flagsALaterSpellingOfTheSameName() {
        rule.clean("Xining is a city. Zhang Xinming lives in Xinjiang.");
        rule.suggests("Zhang Xiaoming grows barley.\nLast year Zhang Xiaomin sold it.", "Xiaoming");
    }

    @Test
    void anAcceptedSpellingMixedWithAnotherOfTheSameNameIsInconsistent() {
        rule.suggests("President Volodymyr Zelenskyy spoke on Monday.\nLater Zelensky met the press.", "Zelenskyy");
        rule.suggests("Zelenskiy spoke on Monday.\nLater Zelenskyy's aide met the press.", "Zelenskiy");
        rule.clean("President Volodymyr Zelenskiy spoke on Monday.\nLater Zelenskiy's aide met the press.");
        rule.clean("President Tayyip Erdogan spoke on Monday.\nLater Erdogan met Recep Tayyip Erdogan's aides.");
    }

    @Test
    void takesNamesOfPeopleWithOtherSurnamesOrInOneSentenceForDifferentNames() {
        // the word they share is one's surname and the other's neighbour, not the same side of one name
        rule.clean("The crew are Ye Guangfu, Li Cong and Li Guangsu.\nYe Guangfu has flown before.");
        // one translator does not spell one name two ways within a sentence: two players
        rule.clean("Wang Xinyu and Wang Xiyu also reached the second round, while Zhu Lin was knocked out.");
        rule.suggests("Zhang Xiaoming grows barley.\nLast year Zhang Xiaomin, a farmer, sold it.", "Xiaoming");
    }

    @Test
    void leavesDifferentShortNamesAndPluralsAlone() {
        rule.clean("Golmud and Golmuds are not the same.");
    }
}
