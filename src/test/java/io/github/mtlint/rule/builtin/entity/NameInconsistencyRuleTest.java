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
    void leavesDifferentShortNamesAndPluralsAlone() {
        rule.clean("Golmud and Golmuds are not the same.");
    }
}
