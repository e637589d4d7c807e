package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CountryRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.country");

    @Test
    void flagsTheConfusableCountryWhereTheSourceNamesAnother() {
        rule.flags("中乌经贸合作委员会在塔什干举行会议，乌兹别克斯坦副总理出席。",
                        "The China-[[Ukraine]] Economic and Trade Cooperation Committee met in Tashkent, attended by the Deputy Prime Minister of Uzbekistan.")
                .flags("奥地利队在维也纳迎战对手。", "The [[Australian]] team faced its opponents in Vienna.");
    }

    @Test
    void anAmbiguousAbbreviationCountsForTheCountryTheSourceNamesInFull() {
        rule.clean("乌克兰外长访问北京，中乌双方同意加强合作。",
                "The Ukrainian foreign minister visited Beijing, and China and Ukraine agreed to strengthen cooperation.");
    }

    @Test
    void aCountrysSideNamesTheCountry() {
        // 奥方, "the Austrian side", as diplomatic news names the other party
        rule.flags("中方愿同奥方加强人文交流。", "China is willing to strengthen people-to-people exchanges with [[Australia]].")
                .clean("中方愿同奥方加强人文交流。", "China is willing to strengthen people-to-people exchanges with Austria.")
                .flags("乌兹别克斯坦总统访华。中方愿同乌方加强发展战略对接。",
                        "The Uzbek president visited China. China is willing to align development strategies with the [[Ukrainian]] side.")
                // words that start with the marker: 新方案 is a new plan, not Singapore's side
                .clean("新西兰公布新方案，以方便游客。", "New Zealand unveiled a new plan to make travel easier for tourists.");
    }

    @Test
    void anAmbiguousAbbreviationCountsForTheCountryWhoseCapitalTheSourceNames() {
        rule.flags("中澳两国总理在堪培拉签署了合作协议。", "The Chinese and [[Austrian]] prime ministers signed a cooperation agreement in Canberra.")
                .clean("中澳两国总理在堪培拉签署了合作协议。", "The Chinese and Australian prime ministers signed a cooperation agreement in Canberra.");
    }

    @Test
    void aTextAboutBothCountriesIsLeftAlone() {
        rule.clean("澳大利亚和奥地利代表出席了会议。", "Representatives of Australia and Austria attended the meeting.");
    }

    @Test
    void withoutASourceItFindsNothing() {
        rule.clean("The China-Ukraine committee met in Tashkent.");
    }

    @Test
    void aSharedAbbreviationIsReadByTheOtherHalfOfItsCompound() {
        rule.clean("巴基斯坦总理表示，巴以冲突令人担忧。",
                        "The Pakistani prime minister said the Palestinian-Israeli conflict was worrying.")
                .clean("澳大利亚游客增多，港澳地区旅游业回暖。",
                        "More Australian tourists came, and tourism in Hong Kong and Macao recovered.")
                .clean("乌兹别克斯坦总统表示，中乌双方关注俄乌冲突。",
                        "The Uzbek president said China and Uzbekistan were following the Russia-Ukraine conflict.")
                .flags("乌兹别克斯坦总统访华，中乌双方签署协议。",
                        "The president of Uzbekistan visited China, and the China-[[Ukraine]] agreement was signed.");
    }

    /** Any country the source never names stands for the missing one, not only a confusable neighbour. */
    @Test
    void flagsACountryTheSourceNeverNamesInPlaceOfTheOneItDoes() {
        rule.flags("比亚迪在匈牙利和巴西的新工厂已开工建设。",
                        "BYD has begun building new plants in Hungary and [[Argentina]].")
                .clean("比亚迪在匈牙利和巴西的新工厂已开工建设。", "BYD has begun building new plants in Hungary and Brazil.")
                // every source country is there: an added one is for the addition rule
                .clean("巴西总统卢拉出席峰会。", "Brazilian President Lula, a guest of Argentina, attended the summit.");
    }
}
