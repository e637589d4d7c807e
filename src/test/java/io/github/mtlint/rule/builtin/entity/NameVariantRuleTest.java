package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class NameVariantRuleTest {

    private final RuleTester rule = RuleTester.of("entity.name-variant").on(LocalDate.of(2022, 9, 15));

    @Test
    void flagsKnownVariantsWithTheCanonicalSpelling() {
        rule.suggests("Xi met President Zaparov of Kyrgyzstan.", "Japarov");
        rule.suggests("Xi met President Shcherdar Berdymukhamedov of Turkmenistan.", "Serdar Berdimuhamedov");
        rule.suggests("Xi met President Mirziyoev.", "Mirziyoyev");
    }

    @Test
    void flagsNearMissesInANamePosition() {
        rule.suggests("Xi met President Japarow of Kyrgyzstan.", "Japarov");
        rule.suggests("Xi met Kyrgyz leader Sadyr Japerov in Bishkek, Kyrgyzstan.", "Japarov");
    }

    @Test
    void leavesCanonicalNamesAccentsNicknamesAndQuotesAlone() {
        rule.clean("President Mirziyoyev, President Rahmon and President Tokayev met in Samarkand.");
        rule.clean("President Erdogan and President Jokowi met in Jakarta.");
        rule.clean("\"Tokayev is a friend,\" said President Mirziyoyev.");
        rule.clean("A farmer named Japerov sells melons.");
    }
}
