package io.github.mtlint.lexicon;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled lexicon's Chinese forms: complete for countries, unambiguous unless declared, Han script. */
class ChineseLexiconDataTest {

    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}+(?:[-·]\\p{IsHan}+)*(?:（\\p{IsHan}+）|\\(\\p{IsHan}+\\))?");
    private static Lexicon lexicon;
    private static ChineseForms chinese;

    @BeforeAll
    static void load() throws LexiconException {
        lexicon = new LexiconLoader().load(List.of(Path.of("rules/lexicons")));
        chinese = lexicon.chinese();
    }

    private static List<ChineseName> of(ChineseName.Kind kind) {
        return chinese.names().stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void everyCountryHasAChineseNameAndEveryCurrentCapitalOneOfItsCapitals() {
        Set<String> named = of(ChineseName.Kind.COUNTRY).stream().map(ChineseName::countryCode).collect(Collectors.toSet());
        List<String> missing = lexicon.countries().keySet().stream().filter(code -> !named.contains(code)).toList();
        assertEquals(List.of(), missing, "countries without zh:");
        assertEquals(214, named.size());

        Set<String> capitalForms = of(ChineseName.Kind.CAPITAL).stream()
                .flatMap(n -> n.english().stream().map(e -> n.countryCode() + ":" + e)).collect(Collectors.toSet());
        LocalDate today = LocalDate.of(2025, 6, 1);
        List<String> withoutCapital = new ArrayList<>();
        for (Country c : lexicon.countries().values()) {
            List<String> current = c.capitals().stream().filter(cap -> cap.validity().contains(today))
                    .map(cap -> c.code() + ":" + cap.name()).toList();
            if (!current.isEmpty() && current.stream().noneMatch(capitalForms::contains)) {
                withoutCapital.add(c.code());
            }
        }
        assertEquals(List.of(), withoutCapital, "countries whose current capital has no zh:");
    }

    @Test
    void aFullCountryNameNamesOneCountryAndSharedFormsAreFewAndDeclaredInOrder() {
        Map<String, Set<String>> countriesByForm = new HashMap<>();
        for (ChineseName n : chinese.names()) {
            if (n.kind() == ChineseName.Kind.COUNTRY || n.kind() == ChineseName.Kind.COUNTRY_ABBREVIATION
                    || n.kind() == ChineseName.Kind.CAPITAL) {
                countriesByForm.computeIfAbsent(n.zh(), k -> new TreeSet<>()).add(n.countryCode());
            }
        }
        Set<String> shared = countriesByForm.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        for (ChineseName n : of(ChineseName.Kind.COUNTRY)) {
            assertFalse(shared.contains(n.zh()), n.zh() + " names " + countriesByForm.get(n.zh()));
        }
        assertTrue(shared.size() < 20, "shared forms: " + shared);
        assertEquals(List.of("UZ", "UA", "UG"), chinese.lookup("乌").stream().map(ChineseName::countryCode).toList());
        assertEquals(List.of("AU", "MO"), chinese.lookup("澳").stream().map(ChineseName::countryCode).toList());
    }

    @Test
    void everyFormIsHanScriptWithEnglish() {
        assertTrue(chinese.names().size() > 1000);
        for (ChineseName n : chinese.names()) {
            assertTrue(HAN_NAME.matcher(n.zh()).matches(), n.zh());
            assertFalse(n.english().isEmpty(), n.zh());
            n.english().forEach(e -> assertFalse(e.isBlank(), n.zh()));
        }
    }

    @Test
    void headsOfStateAndGovernmentOfTheG20CentralAsiaAseanAndScoHaveChineseNames() {
        Set<String> countries = Set.of("CN", "US", "JP", "DE", "FR", "GB", "IT", "CA", "RU", "IN", "BR", "AU", "KR", "MX", "ID",
                "TR", "SA", "AR", "ZA", "KZ", "KG", "TJ", "UZ", "TM", "BN", "KH", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "PK",
                "IR", "BY");
        Set<String> heads = Set.of("President", "Prime Minister", "Premier", "Chancellor", "King", "Emperor", "Sultan",
                "General Secretary", "Head of State", "Supreme Leader");
        Set<String> withZh = of(ChineseName.Kind.PERSON).stream().flatMap(n -> n.english().stream()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (LocalDate date = LocalDate.of(2016, 1, 1); date.isBefore(LocalDate.of(2025, 7, 1)); date = date.plusMonths(6)) {
            for (Person p : lexicon.people()) {
                LocalDate on = date;
                boolean head = p.officesOn(on).stream().anyMatch(o -> heads.contains(o.title()) && countries.contains(o.place()));
                if (head && !withZh.contains(p.name())) {
                    missing.add(p.name());
                }
            }
        }
        assertEquals(Set.of(), missing, "heads without zh:");
    }

    @Test
    void findsNamesAndCompoundsInNewsText() {
        String text = "中乌两国元首在塔什干会谈。俄罗斯、越南与东盟；沿海地区；阿巴斯港；港澳台同胞；巴以冲突以来";
        assertEquals(List.of("塔什干", "俄罗斯", "越南", "东盟", "阿巴斯港"),
                chinese.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList());
        assertEquals(List.of("中", "乌", "港", "澳", "台", "巴", "以"),
                chinese.findAbbreviations(text).stream().map(m -> text.substring(m.start(), m.end())).toList());
        // a shared abbreviation beside the other half of its pair names one country (港澳: Macao), else all in order
        assertEquals(List.of("MO"), chinese.findAbbreviations("港澳").get(1).names().stream().map(ChineseName::countryCode).toList());
        assertEquals(List.of("AU", "MO"), chinese.findAbbreviations("中澳").get(1).names().stream().map(ChineseName::countryCode).toList());
        assertEquals(List.of("PS"), chinese.findAbbreviations("巴以").get(0).names().stream().map(ChineseName::countryCode).toList());
    }

    @Test
    void chineseYmlHasItsSections() {
        assertEquals("Xizang", chinese.lookup("西藏").get(0).preferred());
        assertEquals(List.of("John Lee", "John Lee Ka-chiu", "Lee"), chinese.lookup("李家超").get(0).english());
        assertEquals("State Council", chinese.lookup("国务院").get(0).preferred());
        assertEquals("Shan", chinese.surnameReading("单").orElseThrow());
        assertTrue(chinese.isCompoundSurname("欧阳"));
        long surnames = "王李张刘陈杨黄赵吴周".chars().mapToObj(c -> String.valueOf((char) c)).filter(chinese::isSurname).count();
        assertEquals(10, surnames);
        assertFalse(chinese.isSurname("的"));
    }
}
