package io.github.mtlint.setup;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.glossary.Concept;
import io.github.mtlint.glossary.GlossaryReader;
import io.github.mtlint.lexicon.ChineseName;
import io.github.mtlint.lexicon.LexiconLoader;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled zh→en news glossary: large enough, every entry with its source, and no second source of truth: names the
 * lexicon gives are left to the lexicon, wrong renderings to calque.term.
 */
class BundledGlossaryTest {

    private static List<Concept> concepts;

    @BeforeAll
    static void load() throws Exception {
        concepts = GlossaryReader.read(Path.of("rules/glossaries/zh-en-news.tsv"));
    }

    @Test
    void atLeast300EntriesEachWithAPublicSource() {
        assertTrue(concepts.size() >= 300, "entries: " + concepts.size());
        for (Concept c : concepts) {
            assertTrue(c.reference().matches("WMT2[01] ref\\.[AB] \\S+ seg \\d+|https?://\\S+"), c.origin() + ": source '" + c.reference() + "'");
            assertTrue(c.doNotTranslate() || !c.allowed("en").isEmpty(), c.origin() + ": no English form");
        }
    }

    @Test
    void theLexiconAloneGivesTheNamesItLists() throws Exception {
        Set<String> lexiconForms = new LexiconLoader().load(List.of(Path.of("rules/lexicons"))).chinese().names().stream()
                .map(ChineseName::zh).collect(Collectors.toSet());
        List<String> both = concepts.stream().flatMap(c -> c.allowed("zh").stream()).filter(lexiconForms::contains).toList();
        assertEquals(List.of(), both, "in the lexicon and the glossary");
    }

    @Test
    void calqueTermAloneGivesWrongRenderings() {
        assertTrue(concepts.stream().allMatch(c -> c.forbidden("en").isEmpty()), "the bundled glossary forbids nothing");
        RuleTester calque = RuleTester.of(Fixtures.rule("calque.term"));
        for (Concept c : concepts) {
            for (String form : c.allowed("en")) {
                calque.clean("The report named " + form + " again.");
            }
        }
    }
}
