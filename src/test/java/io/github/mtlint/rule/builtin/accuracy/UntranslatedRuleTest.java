package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UntranslatedRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.untranslated");

    @Test
    void flagsACopiedSegmentAndACopiedPassage() {
        rule.flags("中国人民银行宣布降息。", "[[中国人民银行宣布降息。]]")
                .flags("中国人民银行宣布降息。", "The [[中国人民银行]] announced a rate cut.");
    }

    @Test
    void leavesNumbersAndTranslationsAlone() {
        rule.clean("3:1", "3:1")
                .clean("2022年9月14日", "2022-09-14")
                .clean("中国人民银行宣布降息。", "The People's Bank of China announced a rate cut.");
    }

    @Test
    void chineseScriptNotFromTheSourceIsLeftToTheMonolingualRule() {
        rule.clean("中国人民银行宣布降息。", "The central bank (央行) announced a rate cut.");
    }
}
