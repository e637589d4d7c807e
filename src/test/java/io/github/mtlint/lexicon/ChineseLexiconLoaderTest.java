package io.github.mtlint.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseLexiconLoaderTest {

    private static final String COUNTRIES = """
            countries:
              - {name: Uzbekistan, code: UZ, status: member, demonyms: [Uzbek], zh: [乌兹别克斯坦], zhShort: [乌],
                 capitals: [{name: Tashkent, zh: [塔什干]}]}
              - {name: Ukraine, code: UA, status: member, zh: [乌克兰], zhShort: [乌]}
              - {name: China, code: CN, status: member, zh: [中国], zhShort: [中]}
            organisations:
              - {name: United Nations, code: UN, aliases: [UN], zh: [联合国]}
            people:
              - name: Shavkat Mirziyoyev
                short: Mirziyoyev
                zh: [米尔济约耶夫, 沙夫卡特·米尔济约耶夫]
                offices: [{title: President, country: UZ, from: 2016}]
            ambiguous:
              - {zh: 乌, codes: [UZ, UA], note: "中乌: Uzbekistan or Ukraine"}
            """;

    private static ChineseForms load(Path dir, String... files) throws LexiconException, java.io.IOException {
        for (int i = 0; i < files.length; i++) {
            Files.writeString(dir.resolve(i + ".yml"), files[i]);
        }
        return new LexiconLoader().load(List.of(dir)).chinese();
    }

    private static String error(Path dir, String... files) throws java.io.IOException {
        for (int i = 0; i < files.length; i++) {
            Files.writeString(dir.resolve(i + ".yml"), files[i]);
        }
        return assertThrows(LexiconException.class, () -> new LexiconLoader().load(List.of(dir))).getMessage();
    }

    @Test
    void readsChineseFormsOfCountriesCapitalsOrganisationsAndPeople(@TempDir Path dir) throws Exception {
        ChineseForms chinese = load(dir, COUNTRIES);
        ChineseName uzbekistan = chinese.lookup("乌兹别克斯坦").get(0);
        assertEquals(ChineseName.Kind.COUNTRY, uzbekistan.kind());
        assertEquals(List.of("Uzbekistan", "Uzbek"), uzbekistan.english());
        assertEquals("UZ", uzbekistan.countryCode());
        assertEquals(List.of("UA", "UZ"), chinese.lookup("乌").stream().map(ChineseName::countryCode).sorted().toList());
        assertEquals(ChineseName.Kind.COUNTRY_ABBREVIATION, chinese.lookup("乌").get(0).kind());
        ChineseName tashkent = chinese.lookup("塔什干").get(0);
        assertEquals(ChineseName.Kind.CAPITAL, tashkent.kind());
        assertEquals(List.of("Tashkent"), tashkent.english());
        assertEquals("UZ", tashkent.countryCode());
        assertEquals(List.of("United Nations", "UN"), chinese.lookup("联合国").get(0).english());
        assertEquals(List.of("Shavkat Mirziyoyev", "Mirziyoyev"), chinese.lookup("米尔济约耶夫").get(0).english());
        assertEquals(ChineseName.Kind.PERSON, chinese.lookup("沙夫卡特·米尔济约耶夫").get(0).kind());
    }

    @Test
    void readsChineseYml(@TempDir Path dir) throws Exception {
        ChineseForms chinese = load(dir, COUNTRIES, """
                source: test
                chineseNames:
                  - {zh: 西藏, en: [Tibet, Xizang], kind: place, country: CN}
                  - {zh: 李家超, en: [John Lee, John Lee Ka-chiu], kind: person}
                  - {zh: 国务院, en: [State Council], kind: organisation}
                surnameReadings:
                  - {zh: 单, reading: Shan}
                  - {zh: 尉迟, reading: Yuchi}
                compoundSurnames: [欧阳, 尉迟]
                surnames: [王, 李, 单]
                notNames: [乌龙]
                compoundAnchors: [中]
                """);
        assertEquals(List.of("Tibet", "Xizang"), chinese.lookup("西藏").get(0).english());
        assertEquals("CN", chinese.lookup("西藏").get(0).countryCode());
        assertEquals(ChineseName.Kind.ORGANISATION, chinese.lookup("国务院").get(0).kind());
        assertEquals("John Lee", chinese.lookup("李家超").get(0).preferred());
        assertEquals("Shan", chinese.surnameReading("单").orElseThrow());
        assertEquals("Yuchi", chinese.surnameReading("尉迟").orElseThrow());
        assertTrue(chinese.surnameReading("王").isEmpty());
        assertTrue(chinese.isCompoundSurname("欧阳"));
        assertTrue(chinese.isSurname("王"));
        assertTrue(chinese.isSurname("欧阳"));
        assertFalse(chinese.isSurname("的"));
        assertEquals(List.of(), chinese.find("乌龙"));
        assertEquals(List.of(), chinese.findAbbreviations("乌乌"));
        assertEquals(2, chinese.findAbbreviations("中乌").size());
    }

    @Test
    void aLaterFileReplacesACountryWithItsChineseForms(@TempDir Path dir) throws Exception {
        ChineseForms chinese = load(dir, COUNTRIES, """
                countries:
                  - {name: Ukraine, code: UA, status: member, zh: [乌克兰]}
                """);
        assertEquals(List.of("UZ"), chinese.lookup("乌").stream().map(ChineseName::countryCode).toList());
    }

    @Test
    void rejectsFormsThatAreNotHanScriptWithTheirPosition(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("0.yml") + ":2:63: 'Uzbekistan' is not a Chinese form (Han characters, parts joined by ·)",
                error(dir, """
                        countries:
                          - {name: Uzbekistan, code: UZ, status: member, zh: [乌兹别克斯坦, Uzbekistan]}
                        """));
        assertTrue(error(dir, "chineseNames:\n  - {zh: '', en: [Tibet], kind: place}\n")
                .matches(".*0.yml:2:\\d+: '' is not a Chinese form.*"));
        assertTrue(error(dir, "organisations:\n  - {name: United Nations, code: UN, zh: [联合 国]}\n")
                .matches(".*0.yml:2:\\d+: '联合 国' is not a Chinese form.*"));
        assertTrue(error(dir, "surnames: [王, 欧阳]\n").matches(".*0.yml:1:\\d+: '欧阳' is not a single Han character"));
        assertTrue(error(dir, "compoundSurnames: [王]\n").matches(".*0.yml:1:\\d+: '王' is not a two-character Han surname"));
        assertTrue(error(dir, "notNames: [ok]\n").matches(".*0.yml:1:\\d+: 'ok' is not a Chinese form.*"));
        assertTrue(error(dir, COUNTRIES, "compoundAnchors: [美]\n").matches(".*1.yml: compound anchor 美 is no country's abbreviation \\(zhShort:\\)"));
    }

    @Test
    void rejectsMissingOrEmptyEnglishUnknownKindsAndKeys(@TempDir Path dir) throws Exception {
        assertTrue(error(dir, "chineseNames:\n  - zh: 西藏\n    en: []\n    kind: place\n")
                .matches(".*0.yml:3:\\d+: needs at least one English form \\(en:\\)"));
        assertTrue(error(dir, "chineseNames:\n  - {zh: 西藏, en: ['  '], kind: place}\n")
                .matches(".*0.yml:2:\\d+: empty English form"));
        assertTrue(error(dir, "chineseNames:\n  - {zh: 西藏, kind: place}\n")
                .matches("(?s).*0.yml:2:\\d+: .*'en'.*"));
        assertTrue(error(dir, "chineseNames:\n  - {zh: 西藏, en: [Tibet], kind: country}\n")
                .matches(".*0.yml:2:\\d+: unknown kind 'country' \\(expected place, person or organisation;.*"));
        assertTrue(error(dir, "chineseNames:\n  - {zh: 西藏, en: [Tibet], kind: place, pinyin: xizang}\n")
                .matches(".*0.yml:2:\\d+: unknown key 'pinyin'"));
        assertTrue(error(dir, "surnameReadings:\n  - {zh: 单, reading: shan}\n")
                .matches(".*0.yml:2:\\d+: 单: reading 'shan' must be pinyin without tones, capitalised \\(Shan, Yuchi\\)"));
        assertTrue(error(dir, "chineseNames:\n  - {zh: 西藏, en: [Tibet], kind: place, country: QQ}\n")
                .matches(".*0.yml: 西藏: unknown country code 'QQ'"));
    }

    @Test
    void aFormSharedByCountriesMustBeDeclaredAmbiguous(@TempDir Path dir) throws Exception {
        String undeclared = COUNTRIES.substring(0, COUNTRIES.indexOf("ambiguous:"));
        assertTrue(error(dir, undeclared).matches(".*0.yml: Chinese form 乌 names UA, UZ; list it under ambiguous: .*"));
        assertTrue(error(dir, undeclared + "ambiguous:\n  - {zh: 乌, codes: [UZ]}\n")
                .contains("Chinese form 乌 names UA, UZ but " + dir.resolve("0.yml") + " declares it ambiguous for UZ"));
    }
}
