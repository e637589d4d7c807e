package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class CountryConfusionRuleTest {

    private final RuleTester rule = RuleTester.of("entity.country-confusion").on(LocalDate.of(2022, 9, 16));

    @Test
    void flagsTheRarePartnerInACompoundThePartnerUsesElsewhere() {
        rule.flags("China-Kazakhstan and China-Uzbekistan relations are strong. Uzbekistan and Kazakhstan welcomed Xi. "
                + "Uzbekistan will deepen ties. Peace has contributed to China-Kazakhstan and [[China-Ukraine]].");
        rule.suggests("China-Kazakhstan and China-Uzbekistan relations are strong. Uzbekistan and Kazakhstan welcomed Xi. "
                + "Uzbekistan will deepen ties. Peace has contributed to China-Kazakhstan and China-Ukraine.", "China-Uzbekistan");
    }

    /** A country its source names is left to accuracy.country, which compares the two (the ninth black-box review). */
    @Test
    void leavesACountryTheSourceNamesAlone() {
        String source = "中哈关系很好。哈萨克斯坦欢迎习近平。哈萨克斯坦将深化合作。中哈和中国同吉尔吉斯斯坦的合作也在推进。";
        String target = "China-Kazakhstan relations are strong. Kazakhstan welcomed Xi. Kazakhstan will deepen ties. "
                + "China-Kazakhstan and China-Kyrgyzstan cooperation is advancing.";
        rule.clean(source, target);
        rule.flags(target.replace("China-Kyrgyzstan", "[[China-Kyrgyzstan]]"));
    }

    @Test
    void flagsTheDemonymInASentenceAboutThePartnersLeader() {
        rule.flags("President Mirziyoyev hosted the summit in Uzbekistan. Uzbekistan and China signed deals. "
                + "Mirziyoyev said that the [[Ukrainian]] side strongly believes in cooperation.");
    }

    @Test
    void leavesATextAboutBothCountriesAlone() {
        rule.clean("Australia beat Austria 3-1 in Vienna. Austria's coach praised Australia. The Australian striker scored "
                + "twice, and the Austrian keeper saved a penalty.");
        rule.clean("Australia's open ended on Sunday. Australia won three titles, and Australian fans cheered. "
                + "The Austrian player Dominic Thiem lost in the first round.");
    }

    @Test
    void leavesTheUsStateOfGeorgiaAlone() {
        rule.clean("Georgia Governor Brian Kemp met the press in Atlanta, Georgia. Georgia's economy grew. "
                + "The state of Georgia, like Georgia's neighbours, relies on trade.");
    }
}
