package io.github.mtlint.grammar;

import org.junit.jupiter.api.Test;
import io.github.mtlint.model.EnglishVariant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageToolMappingTest {

    private static final Path MAPPING = Path.of("rules/languagetool.yml");

    @Test
    void everySwitchedOffRuleExistsAndTheReadmeExplainsIt() throws Exception {
        LanguageToolMapping mapping = LanguageToolMapping.load(MAPPING);
        Set<String> ids = LanguageToolCatalogue.of(List.of(EnglishVariant.US, EnglishVariant.GB)).ruleIds();
        String readme = Files.readString(Path.of("README.md"));
        for (String category : mapping.disabledCategories().keySet()) {
            assertTrue(readme.contains("`" + category + "`"), "README does not list the switched-off category " + category);
        }
        for (String id : mapping.disabled().keySet()) {
            // some rules report under derived ids (EN_COMPOUNDS_X from EN_COMPOUNDS); LanguageTool filters those too
            assertTrue(ids.contains(id) || ids.stream().anyMatch(known -> id.startsWith(known + "_")), "LanguageTool has no rule " + id);
            assertTrue(readme.contains("`" + id + "`"), "README does not list the switched-off rule " + id);
        }
        for (String id : mapping.exceptions().keySet()) {
            assertTrue(ids.contains(id), "LanguageTool has no rule " + id + " (exceptions)");
            assertTrue(readme.contains("`" + id + "`"), "README does not list the exceptions of " + id);
        }
    }

    @Test
    void mapsByRuleThenCategoryThenDefault() throws Exception {
        LanguageToolMapping mapping = LanguageToolMapping.load(MAPPING);
        assertTrue(mapping.targetFor("MORFOLOGIK_RULE_EN_US", "TYPOS").category().path().equals("Fluency/Spelling"));
        assertTrue(mapping.targetFor("ANY", "PUNCTUATION").category().path().equals("Fluency/Punctuation"));
        assertTrue(mapping.targetFor("ANY", "NO_SUCH_CATEGORY").equals(mapping.defaults()));
    }

    @Test
    void messagesLoseTheirMarkup() {
        assertTrue(LanguageToolRule.plain("Did you mean <suggestion>an</suggestion>?").equals("Did you mean \u201Can\u201D?"));
    }
}
