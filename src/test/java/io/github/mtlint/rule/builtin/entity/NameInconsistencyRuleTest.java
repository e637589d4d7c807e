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
    void leavesDifferentShortNamesAndPluralsAlone() {
        rule.clean("Golmud and Golmuds are not the same.");
    }
}
