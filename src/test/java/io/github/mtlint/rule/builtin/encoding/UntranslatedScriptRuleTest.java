package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UntranslatedScriptRuleTest {

    private final RuleTester rule = RuleTester.of("untranslated.source-script");

    @Test
    void flagsChineseJapaneseAndKoreanPassages() {
        rule.flags("The [[中国人民银行]] cut rates.");
        rule.flags("The [[ソニー]] and [[삼성]] stands.");
    }

    @Test
    void leavesLatinTextAndLoneFullWidthPunctuationAlone() {
        rule.clean("The People's Bank of China cut rates，then paused.");
    }
}
