package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class OutdatedNameRuleTest {

    @Test
    void flagsRenamedCapitalsAtTheDocumentsDate() {
        RuleTester.of("entity.outdated-name").on(LocalDate.of(2023, 3, 1))
                .flags("Leaders met in [[Nur-Sultan]] on Tuesday.")
                .suggests("Leaders met in Nur-Sultan on Tuesday.", "Astana");
        RuleTester.of("entity.outdated-name").on(LocalDate.of(2020, 3, 1))
                .flags("Leaders met in [[Astana]] on Tuesday.");
    }

    @Test
    void acceptsNamesValidAtTheDateFromTheDateline() {
        RuleTester.of("entity.outdated-name")
                .clean("SAMARKAND, September 16, 2022 -- President Xi flew to Nur-Sultan and Samarkand.");
    }

    @Test
    void flagsFormerCountryNamesButNotOnesStillInUse() {
        RuleTester rule = RuleTester.of("entity.outdated-name").on(LocalDate.of(2021, 6, 1));
        rule.flags("[[Swaziland]] held elections.");
        rule.clean("Turkey hosted the talks, and the Czech Republic sent a minister.");
    }

    @Test
    void flagsOfficeHoldersOutOfOfficeUnlessTheTextSaysFormer() {
        RuleTester rule = RuleTester.of("entity.outdated-name").on(LocalDate.of(2023, 3, 1));
        rule.flags("[[Prime Minister Johnson]] said the plan would work.");
        rule.clean("Former Prime Minister Johnson said the plan would work.");
        rule.clean("Prime Minister Sunak said the plan would work.");
    }

    @Test
    void leavesLongerProperNamesAlone() {
        RuleTester.of("entity.outdated-name").on(LocalDate.of(2020, 3, 1))
                .clean("The Astana International Financial Centre opened an office.");
    }
}
