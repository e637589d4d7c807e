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
    void leavesCharactersGlossedInPlaceAlone() {
        rule.clean("The slang term 躺平 (tang ping), or \"lying flat\", spread online.");
        rule.clean("Officials chose the Chinese characters 福 and 安 for the banners, and the phrase 共同富裕 returned.");
        rule.clean("Shoppers call it 双十一 (Singles' Day).");
        rule.flags("The [[躺平]] movement spread online, and [[共同富裕]] (PBOC 2021) was cited.");
        rule.flags("The [[中国人民银行]] (PBOC) cut rates. In other words, [[经济增长放缓]].");
    }

    @Test
    void leavesANameFollowedByItsCharactersInBracketsAlone() {
        rule.clean("The choreographer Cheng Tsung-lung (鄭宗龍) took over the company in 2020.");
        rule.clean("Dancers filled the square, and Lin Hwai-min（林懷民）watched.");
        rule.flags("The officials ([[省领导]]) and [[发改委]] said so.");
        rule.flags("Buybacks exceeded 100 billion yuan.([[人民币，下同]] ), far more than before.");
        rule.flags("Buybacks exceeded 100 billion yuan ([[人民币，下同]]), far more than before.");
        rule.flags("He said that (" + "[[全国城镇新增就业人数达到一千二百万人]]) in the year.");
    }

    @Test
    void leavesLatinTextAndLoneFullWidthPunctuationAlone() {
        rule.clean("The People's Bank of China cut rates，then paused.");
    }
}
