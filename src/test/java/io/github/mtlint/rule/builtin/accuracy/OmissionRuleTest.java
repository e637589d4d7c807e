package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class OmissionRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.omission");

    private static final String SOURCE = String.join("\n",
            "国务院总理在北京会见了来访的乌兹别克斯坦总统。",
            "双方就进一步深化两国经贸、能源和人文领域合作深入交换了意见，并达成广泛共识。",
            "会谈后，两国领导人共同见证了十余项合作文件的签署，涉及贸易、投资、交通和农业等领域。",
            "双方一致同意继续加强在上海合作组织等多边框架内的沟通与协调。",
            "乌方表示愿同中方一道推动双边关系迈上新台阶。",
            "两国还决定明年举办文化年活动，增进两国人民的相互了解和友谊。");

    @Test
    void flagsASegmentFarShorterThanTheDocumentsOwnRatio() {
        rule.flags(SOURCE, String.join("\n",
                "The Premier met the visiting President of Uzbekistan in Beijing.",
                "The two sides had an in-depth exchange of views on further deepening cooperation in trade, energy and people-to-people exchanges, and reached broad consensus.",
                "[[After the talks, the leaders signed documents.]]",
                "The two sides agreed to continue strengthening communication and coordination within multilateral frameworks such as the Shanghai Cooperation Organization.",
                "The Uzbek side said it was willing to work with China to take bilateral relations to a new level.",
                "The two countries also decided to hold a cultural year next year to enhance mutual understanding and friendship between their peoples."));
    }

    @Test
    void leavesAFaithfulTranslationAlone() {
        rule.clean(SOURCE, String.join("\n",
                "The Premier met the visiting President of Uzbekistan in Beijing.",
                "The two sides had an in-depth exchange of views on further deepening cooperation in trade, energy and people-to-people exchanges, and reached broad consensus.",
                "After the talks, the two leaders witnessed the signing of more than ten cooperation documents covering trade, investment, transport and agriculture.",
                "The two sides agreed to continue strengthening communication and coordination within multilateral frameworks such as the Shanghai Cooperation Organization.",
                "The Uzbek side said it was willing to work with China to take bilateral relations to a new level.",
                "The two countries also decided to hold a cultural year next year to enhance mutual understanding and friendship between their peoples."));
    }

    @Test
    void aSourceSentenceWithoutCounterpartIsFlaggedBesideWhereItBelongs() {
        rule.flags("国务院总理在北京会见了来访的乌兹别克斯坦总统。双方就进一步深化两国经贸、能源和人文领域合作深入交换了意见。会谈后，两国领导人共同见证了十余项合作文件的签署，涉及贸易、投资、交通和农业等领域。",
                "The Premier met the visiting President of Uzbekistan in Beijing. [[]]After the talks, the two leaders witnessed the signing of more than ten cooperation documents covering trade, investment, transport and agriculture.\nThe end.");
    }

    @Test
    void aShortSentenceWithoutCounterpartIsStillASentenceLeftOut() {
        rule.flags("所有病例均为轻症，无死亡病例报告。\n"
                        + "中山大学传染病专家黄家伟说，该病不会直接在人与人之间传播。\n"
                        + "患者正在配备蚊帐的医院病房接受治疗。\n"
                        + "有关部门提醒居民穿长袖衣物并使用驱蚊剂。\n"
                        + "黄家伟说，如果孳生地得到清理，疫情有望在数周内得到控制。",
                "All the cases were mild, and no deaths have been reported.\n"
                        + "It does not spread directly from person to person, said Huang Jiawei, an infectious disease expert at "
                        + "Sun Yat-sen University.\n"
                        + "[[]]Health authorities urged residents to wear long sleeves and use insect repellent.\n"
                        + "Huang said the outbreak could be brought under control within weeks if breeding sites were cleared.");
    }

    /** Digits and Latin letters of the source are about one English character each, not the several a Han one is. */
    @Test
    void aSegmentOfScoresAndFiguresIsNoOmission() {
        rule.clean("孙颖莎用时41分钟以11比9、11比4、11比7、11比8获胜，获得1000个积分和10万美元奖金。",
                "Sun won 11-9, 11-4, 11-7, 11-8 in 41 minutes to earn 1,000 ranking points and prize money of 100,000 US dollars.");
    }
}
