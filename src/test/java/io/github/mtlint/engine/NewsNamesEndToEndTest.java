package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.Report;
import io.github.mtlint.text.Input;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names in news text through every rule and filter: what mtlint reports on them, and what it leaves alone. */
class NewsNamesEndToEndTest {

    private static List<String> findings(String text) {
        Report report = Fixtures.linter().lint(List.of(new Input.StandardInput()),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return report.documents().get(0).issues().stream().map(i -> i.issue().ruleId() + " " + i.text()).toList();
    }

    @Test
    void chineseSurnamesSpeltLikeEnglishWordsAreNames() {
        assertEquals(List.of(), findings("The talks were attended by Wang Yi and He Weidong on Tuesday.\n"
                + "An Min and Ma Zhaoxu spoke with Gao Feng and Lu Kang.\n"
                + "Ma said the plan would work, and An said so too.\n"));
    }

    @Test
    void aCapitalisedMisspellingInsideASentenceIsNotTakenForAName() {
        assertEquals(List.of("lt.MORFOLOGIK_RULE_EN_US Fridya"), findings("Officials met on Fridya to discuss the plan.\n"));
    }

    @Test
    void aPinyinGivenNameAfterAChineseSurnameIsNoTypo() {
        assertEquals(List.of(), findings("Swimmer Chen Juner won the race, ahead of Yu Zidi and Tang Muhan.\n"));
    }

    @Test
    void pinyinGlossingAChineseTermIsNoTypo() {
        assertEquals(List.of(), findings(
                "Young workers complain about the so-called \u5185\u5377 (neijuan) of the workplace, where hours grow longer.\n"
                + "Many graduates have adopted a \"tangping\" (lying flat) attitude towards their careers.\n"
                + "What Chinese call neijuan, or involution, has become a common complaint among office workers.\n"
                + "Sociologists describe the trend as involution (neijuan), a word borrowed from anthropology.\n"
                + "Online, the mood is known as \u201Cfoxi\u201D, meaning Buddha-like calm, among the young.\n"));
    }

    @Test
    void pinyinShapedMisspellingsInOrdinaryProseAreStillTypos() {
        assertEquals(List.of("lt.MORFOLOGIK_RULE_EN_US fo", "lt.MORFOLOGIK_RULE_EN_US neijuan"),
                findings("He said the plan would work fo the people of the region and the country.\n"
                        + "Workers in the neijuan sector protested (on Monday) outside the ministry.\n"));
    }

    @Test
    void aShortBarePinyinShapedWordAfterAnIntroducerOrBeforeAParenthesisIsStillATypo() {
        assertEquals(List.of("lt.MORFOLOGIK_RULE_EN_US fo", "lt.MORFOLOGIK_RULE_EN_US yuo"),
                findings("The UN called fo an immediate ceasefire in the region.\n"
                        + "He said yuo (the public) would have to wait for the results.\n"));
        assertEquals(List.of("lt.MORFOLOGIK_RULE_EN_US ren"),
                findings("Officials said the scheme, known as ren (a trial), would start soon.\n"));
        // quoted, the same short words are glosses
        assertEquals(List.of(), findings("The mood is known as \"fo\" among the young.\n"));
        assertEquals(List.of(), findings("The classics praise \"ren\" (the virtue of kindness) above all.\n"));
    }
}
