package io.github.mtlint.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How glossary terms are found: English forms through inflection, source terms longest first without word boundaries. */
class TermMatchingTest {

    @ParameterizedTest(name = "''{0}'' in ''{1}'': {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Belt and Road Initiative      | the Belt and Road initiative was launched          | Belt and Road initiative
            Belt and Road Initiative      | Belt-and-Road Initiative projects                  | Belt-and-Road Initiative
            Belt and Road Initiative      | the Belt and Road                                  | ''
            two sessions                  | during the Two Sessions                            | Two Sessions
            two sessions                  | this year's two-session meetings                   | two-session
            National People's Congress    | the National People’s Congress's Standing Committee | National People’s Congress's
            National People's Congress    | the National People Congress                        | National People Congress
            NPC                           | the NPC's deputies                                 | NPC's
            NPC                           | an npc in a game                                   | ''
            WHO                           | people who said the WHO                            | WHO
            free trade zone               | three free trade zones and a free-trade zone       | free trade zones;free-trade zone
            poverty alleviation           | poverty-alleviation work                           | poverty-alleviation
            COVID-19                      | Covid-19 cases                                     | Covid-19
            COVID-19                      | covid-19 cases                                     | ''
            Ministry of Commerce          | ministries of commerce                             | ministries of commerce
            policy                        | policies and a policy                              | policies;policy
            crisis                        | a crisis                                           | crisis
            Congress                      | in Congress                                        | Congress
            Congress                      | in the congresses                                  | congresses
            Road                          | Roadshow                                           | ''
            one country, two systems      | under "one country, two systems" and one country two systems | one country, two systems;one country two systems
            """)
    void englishFormsMatchThroughInflection(String form, String text, String expected) {
        EnglishTermMatcher matcher = new EnglishTermMatcher(text, 0, text.length(), offset -> List.of());
        String found = matcher.find(EnglishTermMatcher.form(form)).stream().map(m -> text.substring(m[0], m[1]))
                .collect(Collectors.joining(";"));
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "''{0}'' by lemma in ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            fisherman | three fishermen came   | fishermen
            child     | the children of Xi'an  | children
            """)
    void irregularFormsMatchThroughTheAnalyzersLemmas(String form, String text, String expected) {
        Map<Integer, List<String>> lemmas = Map.of(text.indexOf(expected), List.of(form));
        EnglishTermMatcher matcher = new EnglishTermMatcher(text, 0, text.length(), o -> lemmas.getOrDefault(o, List.of()));
        List<int[]> found = matcher.find(EnglishTermMatcher.form(form));
        assertEquals(1, found.size());
        assertEquals(expected, text.substring(found.get(0)[0], found.get(0)[1]));
    }

    private static final Glossary TERMS = glossary("全国人大", "全国人大常委会", "人大", "一带一路", "带一", "两会", "会", "中国共产党",
            "共产党", "中国", "5G", "G20");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全国人大常委会今天开会                 | 全国人大常委会;会
            全国人大代表出席两会                   | 全国人大;两会
            中国共产党领导下的一带一路              | 中国共产党;一带一路
            中国的共产党员                         | 中国;共产党
            人大和全国人大                         | 人大;全国人大
            5G和G20峰会                           | 5G;G20;会
            发展5GHz频段和XG20系列                 | ''
            """)
    void sourceTermsAreFoundLongestFirstAndOnce(String text, String expected) {
        String found = SourceTermIndex.of(TERMS, "zh").find(text, 0, text.length()).stream()
                .map(SourceTermIndex.Occurrence::term).collect(Collectors.joining(";"));
        assertEquals(expected, found);
    }

    private static Glossary glossary(String... zh) {
        return new Glossary(Arrays.stream(zh).map(t -> new Concept(List.of(new Term("zh", t, TermStatus.PREFERRED)), false, "", "", "t"))
                .toList());
    }
}
