package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.grammar.LanguageToolMapping;
import io.github.mtlint.grammar.LanguageToolWordLists;
import io.github.mtlint.rule.data.RuleFileLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped spelling pairs are what LanguageTool's map and spellers give; regenerate them after an upgrade. */
class SpellingVarietyDataTest {

    @Test
    void shippedPairsMatchLanguageTool() throws Exception {
        List<String> expected = LanguageToolWordLists.distinctiveAmericanToBritish().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        List<String> shipped = new RuleFileLoader().loadJavaRuleSpecs(Path.of("rules/builtin"), "rules/builtin")
                .get("locale.spelling-variety").list("pairs");
        assertEquals(String.join(", ", expected), String.join(", ", shipped),
                "rules/builtin/locale/spelling-variety.yml data.pairs is out of date; replace it with the expected list");
    }

    @Test
    void shippedIseVerbsMatchLanguageTool() throws Exception {
        List<String> shipped = new RuleFileLoader().loadJavaRuleSpecs(Path.of("rules/builtin"), "rules/builtin")
                .get("locale.spelling-variety").list("iseVerbs");
        assertEquals(String.join(", ", LanguageToolWordLists.britishIseVerbs()), String.join(", ", shipped),
                "rules/builtin/locale/spelling-variety.yml data.iseVerbs is out of date; replace it with the expected list");
    }

    @Test
    void shippedBritishOnlySpellingsMatchLanguageTool() throws Exception {
        List<String> shipped = new RuleFileLoader().loadJavaRuleSpecs(Path.of("rules/builtin"), "rules/builtin")
                .get("locale.spelling-variety").list("britishOnly");
        // a word mtlint's spellers accept in both varieties ("enquiry", common in American news too) is no evidence
        List<String> acceptedEverywhere = LanguageToolMapping.load(Path.of("rules/languagetool.yml")).acceptedWords();
        List<String> expected = LanguageToolWordLists.britishOnlySpellings().stream()
                .filter(word -> !acceptedEverywhere.contains(word)).toList();
        assertEquals(String.join(", ", expected), String.join(", ", shipped),
                "rules/builtin/locale/spelling-variety.yml data.britishOnly is out of date; replace it with the expected list");
    }
}
