package io.github.mtlint.text;

import io.github.mtlint.model.Span;
import io.github.mtlint.rule.data.RuleFileException;
import io.github.mtlint.rule.data.RuleFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one dateline detector: the date a text states, dateline paragraphs and wire datelines, with the bundled month words. */
class DatelineDetectorTest {

    private static final List<String> QUANTITY_WORDS = List.of("percent", "per cent", "%", "people", "km");
    private static final DatelineDetector BUNDLED = bundled();

    private static DatelineDetector bundled() {
        return new DatelineDetector(bundledMonths(), QUANTITY_WORDS);
    }

    private static List<List<String>> bundledMonths() {
        try {
            return new RuleFileLoader().loadSharedData(Path.of("rules/shared.yml"), "rules/shared.yml").months();
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022-09-16 | BEIJING, Sept. 16, 2022 (Xinhua) -- The summit ended.
            2022-09-16 | SAMARKAND, Sep. 16, 2022 -- The summit ended.
            2022-09-16 | SAMARKAND, Sept 16, 2022 -- The summit ended.
            2022-06-03 | Published Jun 3, 2022. The summit ended.
            2022-09-14 | From September 14 to 16, 2022, the leaders met.
            2022-09-14 | The leaders met on 14 September 2022 in Samarkand.
            2022-01-05 | Jan. 5, 2022 -- Snow fell.
            2022-09-14 | 2022年9月14日 The leaders met.
            2022-09-14 | Updated 2022-09-14 The leaders met.
            """)
    void readsTheDateTheOpeningStates(LocalDate date, String text) {
        assertEquals(Optional.of(date), BUNDLED.detect(text));
    }

    @Test
    void aMonthWrittenNoWayTheDataListsIsNoDate() {
        // "Jun." is not among June's ways of writing, and "Septembre" is French
        assertEquals(Optional.empty(), BUNDLED.detect("Published Jun. 3, 2022. The summit ended."));
        assertEquals(Optional.empty(), BUNDLED.detect("Le 16 Septembre 2022, le sommet a pris fin."));
    }

    @Test
    void theMonthWordsAreData() {
        List<List<String>> months = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            months.add(List.of("M" + i));
        }
        months.set(8, List.of("Septembre"));
        DatelineDetector french = new DatelineDetector(months, QUANTITY_WORDS);
        assertEquals(Optional.of(LocalDate.of(2022, 9, 16)), french.detect("Le 16 Septembre 2022, le sommet a pris fin."));
        assertEquals(Optional.empty(), french.detect("BEIJING, Sept. 16, 2022 (Xinhua) -- The summit ended."));
    }

    @Test
    void theMainYearIsTheYearNamedMostNotAQuantity() {
        assertEquals(Optional.of(2020), BUNDLED.mainYear("In 2020 and 2019, and again in 2020, 2019 people and 2019 km."));
        List<String> noWords = List.of("nothing");
        assertEquals(Optional.of(2019), new DatelineDetector(List.of(List.of("x"), List.of("y")), noWords)
                .mainYear("In 2020 and 2019, and again in 2020, 2019 people and 2019 km."));
        assertEquals(Optional.empty(), BUNDLED.mainYear("Output rose 2020 percent, or 1999 per cent by another count."));
        DatelineDetector withMu = new DatelineDetector(bundledMonths(), List.of("mu", "km"));
        assertEquals(Optional.of(2022), withMu.mainYear("In 2022 much changed: 2022 museums opened, for 2022 municipalities."),
                "a quantity word is a whole word: 'mu' (a unit of area) does not begin 'much'");
        assertEquals(Optional.empty(), withMu.mainYear("They planted 2022 mu of wheat and built 2019 km of road."));
    }

    @Test
    void findsTheWireDatelineAParagraphOpensWith() {
        assertEquals(Optional.of(new Span(0, 8)), BUNDLED.wireDateline("BEIJING, Sept. 16 (Xinhua) -- The summit ended."));
        assertEquals(Optional.of(new Span(0, 10)), BUNDLED.wireDateline("NEW YORK (AP) -- Stocks rose."));
        assertEquals(Optional.of(new Span(0, 17)), BUNDLED.wireDateline("LONDON/HONG KONG, April 29 (Reuters) - HSBC said."));
        assertEquals(Optional.of(new Span(0, 11)), BUNDLED.wireDateline("SINGAPORE – A former banker was jailed."));
        assertEquals(Optional.of(new Span(0, 10)), BUNDLED.wireDateline("BANGKOK -- Thailand's parliament met."));
        assertEquals(Optional.empty(), BUNDLED.wireDateline("Beijing, Sept. 16 -- The summit ended."));
        assertEquals(Optional.empty(), BUNDLED.wireDateline("GDP-linked bonds rose."));
        assertEquals(Optional.empty(), BUNDLED.wireDateline("The NATO summit ended."));
    }

    @Test
    void seesADateOrATimeInADatelineParagraph() {
        assertTrue(BUNDLED.namesDateOrTime("Samarkand, Sept. 16, 2022"));
        assertTrue(BUNDLED.namesDateOrTime("Published 16 Septembre 2022"));
        assertTrue(BUNDLED.namesDateOrTime("Updated 10:30"));
        assertFalse(BUNDLED.namesDateOrTime("Samarkand, in the autumn"));
    }
}
