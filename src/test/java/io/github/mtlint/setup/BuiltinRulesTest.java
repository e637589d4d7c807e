package io.github.mtlint.setup;

import io.github.mtlint.glossary.Glossary;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.LexiconLoader;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.data.RuleFileException;
import io.github.mtlint.rule.data.RuleFileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java rules are found through their files' {@code class:}, and what a file gives its rule is checked when the
 * rules load, with {@code file:line:col} and the rule's id: typed data, unused data, message variables, the class.
 */
class BuiltinRulesTest {

    private static final Path BUILTIN = Path.of("rules/builtin");

    private static Lexicon lexicon;
    private static SharedData shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadLexicon() throws Exception {
        lexicon = new LexiconLoader().load(List.of(Path.of("rules/lexicons")));
        shared = new RuleFileLoader().loadSharedData(Path.of("rules/shared.yml"), "rules/shared.yml");
    }

    @Test
    void everyFileInRulesBuiltinBecomesItsRule() throws Exception {
        RuleSet.Builder builder = RuleSet.builder();
        new BuiltinRules(new RuleFileLoader().loadJavaRuleSpecs(BUILTIN, "rules/builtin"), lexicon, Glossary.empty(), shared).register(builder);
        RuleSet rules = builder.build();
        long files;
        try (Stream<Path> all = Files.walk(BUILTIN)) {
            files = all.filter(f -> f.toString().endsWith(".yml")).count();
        }
        assertEquals(files, rules.rules().size());
        assertTrue(rules.rule("sentence.fragment").isPresent() && rules.rule("entity.country-confusion").isPresent());
        assertEquals(2, rules.filters().size());
    }

    @Test
    void aWordForANumberIsALoadErrorAtItsPlace() throws Exception {
        int minWords = lineOf("sentence/fragment.yml", "  minWords: 10");
        assertEquals("rules/builtin/sentence/fragment.yml:" + minWords + ":13: rule sentence.fragment: data minWords must be a whole number, not 'ten'",
                loadError("sentence/fragment.yml", "  minWords: 10", "  minWords: ten"));
        assertEquals("rules/builtin/accuracy/addition.yml:" + lineOf("accuracy/addition.yml", "  fallbackRatio:")
                + ":18: rule accuracy.addition: data fallbackRatio must be a number, not 'high'",
                loadError("accuracy/addition.yml", "  fallbackRatio: 3.8", "  fallbackRatio: high"));
        assertEquals("rules/builtin/sentence/fragment.yml:" + minWords + ":13: rule sentence.fragment: data minWords must be a whole number",
                loadError("sentence/fragment.yml", "  minWords: 10", "  minWords: [10, 12]"));
    }

    @Test
    void aMessageVariableTheRuleDoesNotFillIsALoadError() throws Exception {
        String error = loadError("sentence/fragment.yml", "${words} words", "${wordz} words");
        int message = lineOf("sentence/fragment.yml", "${words} words");
        assertEquals("rules/builtin/sentence/fragment.yml:" + message + ":3: rule sentence.fragment: unknown variable ${wordz} in message "
                + "(available: match, opener, source, suggestion, words)", error);
        assertTrue(loadError("entity/outdated-name.yml", "${current}", "${capitalz}").contains("unknown variable ${capitalz}"));
    }

    @Test
    void dataTheRuleDoesNotReadIsALoadError() throws Exception {
        assertEquals("rules/builtin/sentence/fragment.yml:" + (lineOf("sentence/fragment.yml", "  minWords: 10") + 1)
                + ":13: rule sentence.fragment: data maxWords is not used by the rule "
                + "(it reads auxiliaries, clauseOpeners, collectiveNouns, floatingQuantifiers, minWords, minWordsAfterSentence, notSubjects, reportingVerbs, subordinators)", loadError("sentence/fragment.yml", "  minWords: 10", "  minWords: 10\n  maxWords: 40"));
        assertEquals("rules/builtin/sentence/fragment.yml:1:8: rule sentence.fragment: needs a data entry 'minWords'",
                loadError("sentence/fragment.yml", "  minWords: 10", "  minWordz: 10"));
    }

    @Test
    void theClassMustBeARuleWithTheOneConstructor() throws Exception {
        assertEquals("rules/builtin/sentence/fragment.yml:1:8: rule sentence.fragment: no class io.github.mtlint.rule.builtin.sentence.FragmentRul",
                loadError("sentence/fragment.yml", "class: sentence.FragmentRule", "class: sentence.FragmentRul"));
        assertEquals("rules/builtin/sentence/fragment.yml:1:8: rule sentence.fragment: io.github.mtlint.rule.builtin.sentence.SurnameFilter"
                + " is not a rule class", loadError("sentence/fragment.yml", "class: sentence.FragmentRule", "class: sentence.SurnameFilter"));
        assertTrue(loadError("sentence/fragment.yml", "class: sentence.FragmentRule\n", "").endsWith("missing required key 'class'"),
                loadError("sentence/fragment.yml", "class: sentence.FragmentRule\n", ""));
    }

    /** The line (from 1) of rules/builtin's file that starts with the text. */
    private static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(BUILTIN.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text) || !text.startsWith(" ") && lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    /** The message of the error that loading rules/builtin gives with one edit in one file. */
    private String loadError(String file, String from, String to) throws IOException {
        Path copy = Files.createTempDirectory(dir, "builtin");
        try (Stream<Path> all = Files.walk(BUILTIN)) {
            for (Path source : all.toList()) {
                Path target = copy.resolve(BUILTIN.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path edited = copy.resolve(file);
        String text = Files.readString(edited);
        assertTrue(text.contains(from), file + " no longer contains " + from);
        Files.writeString(edited, text.replace(from, to));
        RuleFileException error = assertThrows(RuleFileException.class, () -> new BuiltinRules(
                new RuleFileLoader().loadJavaRuleSpecs(copy, "rules/builtin"), lexicon, Glossary.empty(), shared).register(RuleSet.builder()));
        return error.getMessage();
    }
}
