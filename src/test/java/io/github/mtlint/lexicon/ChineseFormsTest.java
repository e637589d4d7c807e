package io.github.mtlint.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseFormsTest {

    private static ChineseName country(String zh, String en, String code) {
        return new ChineseName(zh, ChineseName.Kind.COUNTRY, List.of(en), code);
    }

    private static ChineseName abbreviation(String zh, String en, String code) {
        return new ChineseName(zh, ChineseName.Kind.COUNTRY_ABBREVIATION, List.of(en), code);
    }

    private static final ChineseForms FORMS = new ChineseForms(List.of(
            country("乌兹别克斯坦", "Uzbekistan", "UZ"), country("乌克兰", "Ukraine", "UA"), country("中国", "China", "CN"),
            country("德国", "Germany", "DE"), country("美国", "United States", "US"),
            new ChineseName("中美洲", ChineseName.Kind.PLACE, List.of("Central America"), null),
            new ChineseName("塔什干", ChineseName.Kind.CAPITAL, List.of("Tashkent"), "UZ"),
            abbreviation("乌", "Uzbekistan", "UZ"), abbreviation("乌", "Ukraine", "UA"), abbreviation("中", "China", "CN"),
            abbreviation("美", "United States", "US"), abbreviation("俄", "Russia", "RU"),
            abbreviation("德", "Germany", "DE"), abbreviation("日", "Japan", "JP")),
            Map.of("曾", "Zeng", "尉迟", "Yuchi"), Set.of("欧阳", "尉迟"), Set.of("王", "曾"));

    private static List<String> found(List<ChineseForms.Match> matches, String text) {
        return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsTheLongestNameAndNeverALoneAbbreviation() {
        String text = "乌兹别克斯坦总统在塔什干会见乌克兰客人，乌方表示";
        List<ChineseForms.Match> matches = FORMS.find(text);
        assertEquals(List.of("乌兹别克斯坦", "塔什干", "乌克兰"), found(matches, text));
        assertEquals("UZ", matches.get(0).names().get(0).countryCode());
        assertEquals(ChineseName.Kind.CAPITAL, matches.get(1).names().get(0).kind());
    }

    @Test
    void findsAbbreviationRunsWithEveryCountryOfASharedCharacter() {
        String text = "中乌关系和中美俄三方";
        List<ChineseForms.Match> runs = FORMS.findAbbreviations(text);
        assertEquals(List.of("中", "乌", "中", "美", "俄"), found(runs, text));
        assertEquals(Set.of("UZ", "UA"), Set.copyOf(runs.get(1).names().stream().map(ChineseName::countryCode).toList()));
    }

    @Test
    void anAbbreviationInsideALongerNameOrAfterANumeralIsNone() {
        assertEquals(List.of(), FORMS.findAbbreviations("在比赛中德国队获胜"));
        assertEquals(List.of(), FORMS.findAbbreviations("中美洲国家"));
        assertEquals(List.of(), FORMS.findAbbreviations("9月17日美方表示"));
        assertEquals(List.of(), FORMS.findAbbreviations("中国"));
        assertEquals(List.of("日", "美"), found(FORMS.findAbbreviations("日美同盟"), "日美同盟"));
    }

    private static final ChineseForms WITH_WORDS = new ChineseForms(List.of(
            country("海地", "Haiti", "HT"), country("中国", "China", "CN"),
            abbreviation("中", "China", "CN"), abbreviation("台", "Taiwan", "TW"), abbreviation("美", "United States", "US"),
            abbreviation("卡", "Qatar", "QA"), abbreviation("萨", "El Salvador", "SV")),
            Map.of(), Set.of(), Set.of(), Set.of("沿海", "平台"), Set.of("中", "美"), Map.of());

    @Test
    void wordsThatHoldANameAreSkipped() {
        assertEquals(List.of(), WITH_WORDS.find("沿海地区"));
        assertEquals(List.of("海地"), found(WITH_WORDS.find("在海地地震"), "在海地地震"));
        assertEquals(List.of(), WITH_WORDS.findAbbreviations("在平台中发布"));
        assertEquals(List.of("台", "美"), found(WITH_WORDS.findAbbreviations("台美关系"), "台美关系"));
    }

    private static final ChineseForms WITH_SIDES = new ChineseForms(List.of(
            abbreviation("中", "China", "CN"), abbreviation("美", "United States", "US"), abbreviation("新", "Singapore", "SG")),
            Map.of(), Set.of(), Set.of(), Set.of("方案"), Set.of("中", "美"), Map.of(), Set.of("方"));

    @Test
    void anAbbreviationBeforeASideMarkerIsACountrysSide() {
        assertEquals(List.of("美"), found(WITH_SIDES.findAbbreviations("美方表示"), "美方表示"));
        assertEquals(List.of("中", "新"), found(WITH_SIDES.findAbbreviations("中方和新方"), "中方和新方"));
        assertEquals(List.of(), WITH_SIDES.findAbbreviations("新方案"));
    }

    @Test
    void aRunWithoutACompoundAnchorIsATransliteration() {
        assertEquals(List.of(), WITH_WORDS.findAbbreviations("卡萨托诺夫"));
        assertEquals(List.of("中", "卡"), found(WITH_WORDS.findAbbreviations("中卡关系"), "中卡关系"));
    }

    @Test
    void readsPolyphonicSurnamesAndKnowsSurnames() {
        assertEquals("Zeng", FORMS.surnameReading("曾").orElseThrow());
        assertEquals("Yuchi", FORMS.surnameReading("尉迟").orElseThrow());
        assertTrue(FORMS.surnameReading("王").isEmpty());
        assertTrue(FORMS.isCompoundSurname("欧阳"));
        assertFalse(FORMS.isCompoundSurname("王"));
        assertTrue(FORMS.isSurname("王"));
        assertTrue(FORMS.isSurname("尉迟"));
        assertFalse(FORMS.isSurname("马"));
    }
}
