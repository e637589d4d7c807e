package io.github.mtlint.grammar;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Issue;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LanguageTool's findings placed exactly on the text mtlint reports, whatever invisible characters it holds. */
class LanguageToolRuleTest {

    private final RuleTester rule = RuleTester.of("lt.*");

    @Test
    void flagsATypoWhereItStands() {
        assertEquals(List.of("wrtier@11"), flagged("We met the wrtier today."));
    }

    @Test
    void softHyphensAndDirectionMarksDoNotMoveLaterFindings() {
        // LanguageTool's check() turns these characters into markup; the shared analysis keeps them in the text
        assertEquals(List.of("wrtier@37"), flagged("The co\u00ADoperation is good. We met the wrtier today."));
        assertEquals(List.of("wrtier@42", "teh@61"),
                flagged("The co\u00ADop\u00ADer\u00ADation is good.\u202C\n\nWe met the \u202Dwrtier today.\u00AD And teh end."));
    }

    @Test
    void acceptsStandardWordsTheSpellerLacks() {
        assertEquals(List.of(), flagged("Residents made enquiries, and the bureau answered every enquiry."));
        assertEquals(List.of(), flagged("The renminbi rose against the dollar. Renminbi deposits grew."));
        // dictionary words of law, farming, medicine and industry that the spellers' word lists lack
        assertEquals(List.of(), flagged("The county procuratorate charged him, and two procuratorates reviewed the case."));
        assertEquals(List.of(), flagged("An armyworm outbreak hit the desertified plain, where armyworms ate the maize."));
        assertEquals(List.of(), flagged("Beachgoers watched officers in gold epaulets; the clinic was underprepared."));
        assertEquals(List.of(), flagged("She studied stomatology. The plant stores phosphogypsum in a sealed yard."));
        assertEquals(List.of(), flagged("Coix seed has a tonifying effect, doctors say, and tonify the spleen with sowthistle."));
        assertEquals(List.of(), flagged("The greenfield plant leaked methylpyrrolidone, a pyrrolidone, near a geohazard zone."));
        assertEquals(List.of(), flagged("The polyphagous pest spread, and briquetting plants pressed the straw."));
        assertEquals(List.of("procuratorste@4"), flagged("The procuratorste charged him."));
    }

    /** languagetool.yml's exceptions: a number after "September," that cannot be a year starts the main clause. */
    @Test
    void dropsAFindingTheRuleMakesOnAKnownFalseAlarm() {
        assertEquals(List.of(), flagged("By the end of September, 120 million people had received the vaccine."));
        assertEquals(List.of("September, 2018@43"), flagged("The company opened its Singapore office in September, 2018."));
        // the words before the finding: the Moon's pole is written in lower case
        assertEquals(List.of(), flagged("Chang'e-7 will explore the lunar south pole in 2026."));
        assertEquals(List.of("south pole@27"), flagged("The expedition reached the south pole in 1911."));
        assertEquals(List.of(), flagged("Samples from the south pole will show how the Moon formed."));
        // the words after it: "outpatient" is one of two modifiers of "visits"
        assertEquals(List.of(), flagged("The hospital received 10,000 outpatient and emergency visits on Monday."));
        assertEquals(List.of("outpatient@29"), flagged("The hospital received 10,000 outpatient on Monday."));
    }

    @Test
    void aTeamsNameMayTakeAPluralVerbButAPronounMayNot() {
        assertEquals(List.of(), flagged("Shandong are a strong side, and Shandong remain fourth."));
        assertEquals(1, rule.findings("He go to school every day.").stream().filter(i -> i.ruleId().equals("lt.HE_VERB_AGR")).count());
    }

    @Test
    void anAwardsNameTakesNoArticle() {
        assertEquals(List.of(), flagged("She was named best actress, and the film won best picture."));
    }

    /** The ninth black-box review: a headline drops its articles; body text keeps the rule. */
    @Test
    void aHeadlineDropsItsArticles() {
        assertEquals(List.of(), flagged("He Jie best Chinese finisher in Xiamen\nHe Jie was the best Chinese finisher."));
        assertEquals(1, rule.findings("He Jie was best Chinese finisher in the race.").stream()
                .filter(i -> i.ruleId().equals("lt.THE_SUPERLATIVE")).count());
    }

    /** The surname An is no article: "Professor An taught us" (the ninth black-box review). */
    @Test
    void theSurnameAnIsNoArticle() {
        assertEquals(List.of(), flagged("Professor An taught us that the answers are in the field, said a student of An."));
        assertEquals(1, rule.findings("The teacher said an taught us well.").stream().filter(i -> i.ruleId().equals("lt.AN_VB_PRP")).count());
    }

    /** "Ping An Securities": a capitalised "An" inside a sentence is part of a name (the eleventh black-box review). */
    @Test
    void anInsideANameIsNoArticleBeforeAPlural() {
        assertEquals(List.of(), flagged("She was the chief economist at Ping An Securities, a unit of Ping An Insurance."));
        assertEquals(1, rule.findings("He met a friends at the station.").stream().filter(i -> i.ruleId().equals("lt.A_NNS")).count());
    }

    /** The tenth black-box review: a stock index's "index" is lower case in wire style. */
    @Test
    void aStockIndexIsInLowerCase() {
        assertEquals(List.of(), flagged("Shares outperformed the benchmark Hang Seng index, which was little changed."));
    }

    /** The tenth black-box review: an over-long sentence is analysed in parts, and a part is no sentence. */
    @Test
    void aPartOfAnOverLongSentenceNeedsNoCapital() {
        String text = "The code was " + "A".repeat(50_000) + " and it worked.";
        assertEquals(0, rule.findings(text).stream().filter(i -> i.ruleId().equals("lt.UPPERCASE_SENTENCE_START")).count());
        assertEquals(1, rule.findings("It rained.\nthe match went on.").stream()
                .filter(i -> i.ruleId().equals("lt.UPPERCASE_SENTENCE_START")).count());
        assertEquals(1, rule.findings("Exports rose in May\nthe country's exports rose again in June.").stream()
                .filter(i -> i.ruleId().equals("lt.UPPERCASE_SENTENCE_START")).count(), "a line's end is a sentence's end");
    }

    /** A region of a continent is written in lower case ("southern Africa", "western Asia"); Northern Ireland is a name. */
    @Test
    void aRegionOfAContinentIsInLowerCase() {
        assertEquals(List.of(), flagged("The railway links Tanzania and Zambia in southern Africa; trade with western Asia grew."));
        assertEquals(List.of("persian gulf@13"), flagged("Ships in the persian gulf waited."));
    }

    @Test
    void openCompoundsOfSportAndShowsAreStandard() {
        assertEquals(List.of(), flagged("More than 30,000 runners took part in the half marathon before the airshow opened."));
    }

    /** LanguageTool checks a weekday against the date in the current year: right for today's news, not last year's. */
    @Test
    void aWeekdayCheckedAgainstThisYearIsLeftAloneInATextOfAnotherYear() {
        // LanguageTool reads the machine's clock; a weekday that is wrong for July 3 of its year
        DayOfWeek actual = LocalDate.now().withMonth(7).withDayOfMonth(3).getDayOfWeek();
        String wrong = actual.plus(1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String text = "The fair opened on " + wrong + ", July 3, and closed a week later.";
        assertTrue(rule.findings(text).stream().anyMatch(i -> i.ruleId().equals("lt.EN_DATE_WEEKDAY_CURRENTYEAR")), text);
        RuleTester earlier = RuleTester.of("lt.*").on(LocalDate.of(Fixtures.TODAY.getYear() - 2, 7, 1));
        assertTrue(earlier.findings(text).stream().noneMatch(i -> i.ruleId().equals("lt.EN_DATE_WEEKDAY_CURRENTYEAR")), text);
    }

    @Test
    void aPinyinSyllableAfterAnApostropheIsPartOfTheName() {
        assertEquals(List.of(), flagged("Saving money with Yu'ebao is popular in Xi'an and Chang'an."));
    }

    @Test
    void anUnknownWordStartingASentenceBeforeAPossessiveOrANounIsAName() {
        assertEquals(List.of(), flagged("Dapeng's first film was shortlisted. Naijigou checkpoint is on the road."));
        assertEquals(List.of("Howver@0"), flagged("Howver the plan works."));
    }

    @Test
    void aWordTheTextCapitalisesInsideASentenceIsANameAtAStartToo() {
        assertEquals(List.of(), flagged("Sweden's Truls Moregard reached the final. Moregard, who beat the champion, smiled."));
        assertEquals(List.of("Moregrad@0"), flagged("Moregrad, who beat the champion, smiled."));
        assertEquals(List.of("TheThe@0"), flagged("TheThe parental leave is available. Parents get TheThe leave."));
    }

    @Test
    void companiesTheLexiconKnowsAreNamesWhereverTheyStandAndHoweverCased() {
        assertEquals(List.of(), flagged("Hikvision and SenseTime exhibited. The chairman of iFlytek spoke, and iFLYTEK's stand was full."));
        assertEquals(List.of("iFlytec@16"), flagged("The chairman of iFlytec spoke."));
    }

    @Test
    void chineseAndMalayWordsOfEnglishLanguageNewsAreNoMisspellings() {
        assertEquals(List.of(), flagged("In a narrow hutong, she wraps zongzi while her grandson revises for the gaokao, "
                + "plays the erhu and drinks baijiu; hongbao and guanxi matter, and nasi lemak sells out."));
    }

    @Test
    void termsOfMedicineAndArtAreNoMisspellings() {
        assertEquals(List.of(), flagged("Cases of chikungunya rose, and the museum showed a doucai cup."));
    }

    @Test
    void wireStyleIsNoError() {
        assertEquals(List.of(), flagged("Protesters gathered in Sao Paulo and Brasilia, and Kylian Mbappe scored twice."));
        assertEquals(List.of(), flagged("In 1974 she joined the team. The stores, which are up to date after a refit, reopened."));
    }

    @Test
    void aTextWithBritishIseSpellingsAndNoOtherMarkersIsCheckedWithTheBritishSpeller() {
        assertEquals(List.of(), flagged("Palmer equalised late, after the visitors had capitalised on a mistake. "
                + "The well-organised back line conceded an equaliser."));
        // clear markers decide as before: an American one keeps the American speller, Oxford spelling stays British
        assertEquals(List.of("equalised@32"), flagged("The favorable result came after equalised scores."));
        assertEquals(List.of(), flagged("The well-organized team wore the club's colours."));
        // one -ise form alone is as likely a slip, and -ize forms weigh against it
        assertEquals(List.of("criticised@31"), flagged("The artist Ai Weiwei has often criticised such plans."));
        assertEquals(List.of("equalised@7", "organised@96"),
                flagged("Palmer equalised late after the hosts, who had organized the game and recognized the risk, were organised."));
    }

    @Test
    void aTextWithSpellingsOnlyBritishEnglishHasAndNoOtherMarkersIsBritish() {
        // "programme" is British only; "Organization" and "Center" are names that keep their spelling
        assertEquals(List.of(), flagged("Officials of the Shanghai Cooperation Organization and the Johnson Space Center "
                + "described China's space programme as ambitious."));
        assertEquals(List.of(), flagged("The athletes ran 400 metres on the new tyres of the track."));
        assertEquals(List.of(), flagged("Sales rose more than 60 per cent, and the bond yields 6.5 per cent a year."));
        // an American marker decides: the British-only spelling is then the American speller's to report
        assertEquals(List.of("programme@33"), flagged("The favorable review praised the programme."));
    }

    private List<String> flagged(String text) {
        return rule.findings(text).stream()
                .map((Issue issue) -> text.substring(issue.span().start(), issue.span().end()) + "@" + issue.span().start())
                .toList();
    }
}
