package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InconsistentTermRuleTest {

    private final RuleTester rule = RuleTester.of("terminology.inconsistent-term");

    @Test
    void aNameTheLexiconKnowsRenderedTwoWaysIsFlaggedOnTheLaterForm() {
        rule.flags("长江流域下了大雨。\n长江水位上涨。", "Heavy rain fell in the Yangtze River basin.\nThe water level of the [[Changjiang]] rose.");
        rule.flags("喀什的夏天很热。\n游客喜欢喀什。", "Summer in Kashgar is hot.\nTourists like [[Kashi]].");
    }

    @Test
    void twoChineseFormsOfOneNameAreOneName() {
        rule.flags("西藏自治区发布了新规。\n西藏的游客增加了。",
                "The Tibet Autonomous Region issued new rules.\nVisitors to [[Xizang]] have increased.");
    }

    @Test
    void shorterLongerAndAbbreviatedWritingsAreOneForm() {
        rule.clean("长江流域下了大雨。\n长江水位上涨。", "Heavy rain fell in the Yangtze River basin.\nThe water level of the Yangtze rose.");
        rule.clean("新南威尔士州发生山火。\n新南威尔士政府宣布紧急状态。",
                "Bushfires broke out in New South Wales.\nThe NSW government declared an emergency.");
    }

    @Test
    void anAbbreviationWithOrWithoutItsStopAndAnAdjectiveAreTheSameForm() {
        rule.clean("圣彼得堡的天气很冷。\n圣彼得堡论坛开幕。", "The weather in St Petersburg is cold.\nThe St. Petersburg forum opened.");
        rule.clean("亚太地区经济增长。\n亚太国家合作。", "The Asia-Pacific region grew.\nAsian Pacific countries cooperate.");
    }

    @Test
    void aGlossANameLeftOutAndMonolingualTextAreLeftAlone() {
        rule.clean("喀什的夏天很热。\n喀什旧城。", "Summer in Kashgar is hot.\nThe old town of Kashgar (Kashi).");
        rule.clean("喀什的夏天很热。\n喀什旧城。", "Summer in Kashgar is hot.\nThe old town is lovely.");
        rule.clean("Summer in Kashgar is hot.\nTourists like Kashi.");
    }

    @Test
    void formsAreOneWritingWhenOneHoldsTheOtherOrIsItsInitials() {
        assertTrue(InconsistentTermRule.sameWriting("Xizang Autonomous Region", "Xizang"));
        assertTrue(InconsistentTermRule.sameWriting("Himalaya", "Himalayas"));
        assertTrue(InconsistentTermRule.sameWriting("NSW", "New South Wales"));
        assertFalse(InconsistentTermRule.sameWriting("Kyiv", "Kiev"));
        assertFalse(InconsistentTermRule.sameWriting("Mount Everest", "Mount Qomolangma"));
    }
}
