package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class OfficeHolderCountryRuleTest {

    private final RuleTester rule = RuleTester.of("entity.office-holder-country").on(LocalDate.of(2022, 9, 15));

    @Test
    void flagsTheWrongCountryInEveryPattern() {
        rule.flags("Xi met President Mirziyoyev of [[Kyrgyzstan]] in Samarkand.");
        rule.flags("The [[Kazakh]] President Mirziyoyev welcomed Xi.");
        rule.flags("[[Kyrgyzstan's]] President Mirziyoyev welcomed Xi.");
        rule.suggests("The Kazakh President Mirziyoyev welcomed Xi.", "Uzbek");
    }

    @Test
    void leavesRightCountriesUsStatesAndQuotesAlone() {
        rule.clean("Xi met President Mirziyoyev of Uzbekistan and Kazakh President Tokayev.");
        rule.clean("In Atlanta, Georgia Governor Brian Kemp met President Biden.");
        rule.clean("\"President Tokayev of Kazakhstan,\" he said, \"is a friend.\"");
    }

    @Test
    void judgesALeaderWhoChangedOfficeAtTheDocumentsDate() {
        RuleTester.of("entity.office-holder-country").on(LocalDate.of(2015, 6, 1))
                .clean("Russian Prime Minister Medvedev met Chinese Premier Li Keqiang.");
    }

    @Test
    void aKnownSurnameThatStartsALongerNameIsSomeoneElse() {
        // Philip J. Pierre was Prime Minister of Saint Lucia; Pierre Trudeau is not in the lexicon
        RuleTester.of("entity.office-holder-country").on(LocalDate.of(2022, 1, 10))
                .clean("Justin Trudeau is the son of former Canadian Prime Minister Pierre Trudeau.");
    }
}
