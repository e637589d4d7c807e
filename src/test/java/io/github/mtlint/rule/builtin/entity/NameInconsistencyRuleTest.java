package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NameInconsistencyRuleTest {

    private final RuleTester rule = RuleTester.of("entity.name-inconsistency");

    @Test
    void flagsALaterSpellingOfTheSameName() {
        rule.flags("Zhang Xiaoming, a farmer in Golmud, grows barley.\nLast year Zhang [[Xiaomin]] sold his crop in Golmud.");
        rule.clean("Xining is a city. Zhang Xinming lives in Xinjiang.");
        rule.suggests("Zhang Xiaoming grows barley.\nLast year Zhang Xiaomin sold it.", "Xiaoming");
    }

    @Test
    void leavesDifferentShortNamesAndPluralsAlone() {
        rule.clean("Li Ming and Li Ning met in Xining and Xinjiang.");
        rule.clean("The Wangs and the Wang family met.");
        rule.clean("Golmud and Golmuds are not the same.");
    }
}
