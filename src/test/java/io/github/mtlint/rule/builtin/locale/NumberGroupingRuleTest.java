package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NumberGroupingRuleTest {

    private final RuleTester rule = RuleTester.of("locale.number-grouping");

    @Test
    void flagsQuantitiesWithoutSeparators() {
        rule.flags("The number of infections reached [[146000]], and about [[1500]] volunteers helped.");
        rule.flags("Sales rose by [[12500]] units, and [[2000]] kilometres of road were built.");
    }

    @Test
    void leavesYearsAloneWhereverTheyStand() {
        rule.clean("However, data from 2016 shows that sugar intake is falling.");
        rule.clean("The market grew 39.2% over 2017, and the 2019 women's volleyball world cup began.");
        rule.clean("Built in 1326, the temple has been restored many times.");
        // "onwards" is also tagged as the plural of "onward": an adverb after a year is no counted thing
        rule.clean("From 2020 onwards, the city will offer scholarships, and from 2024 onward, more of them.");
        rule.flags("The fund paid [[2000]] scholarships in 2020, and [[4000]] students applied from 2021 onwards.");
    }

    @Test
    void leavesNumbersNamedByTheWordBeforeThemAlone() {
        rule.clean("The council adopted Resolution 2397 in 2017, and the Motorola 8900 was on sale in every shop.");
        rule.flags("The Yangtze River runs [[6300]] kilometres, and the city of Wuhan reported [[12000]] new cases.");
        rule.flags("Last year Hubei [[12000]] new cases were reported, and Shanghai [[15000]] people moved.");
        rule.flags("Over [[12000]] people attended, and the RMB [[50000]] prize went to a teacher.");
        // a noun that may be singular names the series rather than counting it
        rule.clean("The tournament, part of the BWF World Tour Super 1000 series, offers 2 million dollars.");
        rule.flags("The project links Zhundong and the Sutong [[1000]] kV line.");
    }

    @Test
    void takesAnApproximateYearForAYear() {
        // approximate counts are round; a year after "around" is any year
        rule.clean("Chang'e-7 will be launched around 2026, and a research station is planned by about 2035.");
        rule.clean("Carbon emissions should peak before 2030 and reach neutrality in roughly 2060.");
        rule.flags("About [[1500]] volunteers came, nearly [[2000]] helped, and the toll reached [[2026]].");
    }

    @Test
    void leavesServiceNumbersAlone() {
        rule.clean("Residents can call the city's 12345 hotline or the 12315 consumer hotline.");
        rule.clean("Tickets go on sale at 9 a.m., and train tickets to Qionghai can be booked on 12306, the national railway booking platform.");
        rule.flags("The hotline took [[12345]] calls, and [[12306]] tickets were sold on the platform.");
    }

    @Test
    void groupsTheWholePartOfADecimal() {
        rule.suggests("The Hang Seng China Enterprises Index gained 2.7 percent to 9112.79 points.", "9,112.79");
        rule.flags("Exports reached [[23456.5]] tonnes, and the index closed at 3,245.67 points.");
        rule.clean("The rules were issued as document 2020.12.31 and revised in 2021.");
    }

    @Test
    void leavesPhoneNumbersAndStockCodesAlone() {
        rule.clean("For inquiries, please call the Food Safety Line at 2833 8181 during office hours.");
        rule.clean("On Tuesday, Thalys (603716. SH) announced a share buyback.");
        rule.clean("The plant meets ISO 14001 environmental standards and the GB 2760 food additive rules.");
        // a ticker after its exchange and a colon
        rule.clean("Shares of Alibaba (HKEX: 9988) rose, as did those of Ping An (SSE: 601318).");
        rule.flags("Update: [[14000]] people were moved, and the total: [[26000]] people.");
    }

    @Test
    void aNumberWithAnEraIsAYear() {
        rule.clean("A wine vessel dating from around 1100 BC was shown beside a coin of AD 1100.");
        rule.clean("The bowl dates from about 3000 B.C., the tower from 1200 CE.");
        rule.flags("The dig found [[3000]] shards and a vessel from 1100 BC.");
    }
}
