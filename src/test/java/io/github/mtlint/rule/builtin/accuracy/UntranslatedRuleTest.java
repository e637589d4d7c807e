package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UntranslatedRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.untranslated");

    @Test
    void leavesNumbersAndTranslationsAlone() {
        rule.clean("2022年9月14日", "2022-09-14");
    }

    @Test
    void chineseScriptNotFromTheSourceIsLeftToTheMonolingualRule() {
        rule.clean("中国人民银行宣布降息。", "The central bank (央行) announced a rate cut.");
    }

    @Test
    void aSegmentInLatinLettersOnBothSidesIsNoUntranslatedText() {
        rule.clean("NBA", "NBA")
                .clean("G20", "G20")
                .flags("篮球新闻", "[[篮球新闻]]");
    }
}
