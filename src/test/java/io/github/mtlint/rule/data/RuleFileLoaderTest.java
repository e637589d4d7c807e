package io.github.mtlint.rule.data;

import io.github.mtlint.rule.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleFileLoaderTest {

    private static final String VALID = """
            kind: existence
            description: A test rule.
            message: "Do not write '${match}'."
            severity: minor
            category: Style/Awkward
            tokens: [very unique]
            examples:
              - "It is [[very unique]]."
              - "It is unique."
            """;

    @TempDir
    Path dir;

    private String error(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("house"));
        Files.writeString(dir.resolve("house/style.yml"), yaml);
        return assertThrows(RuleFileException.class, () -> new RuleFileLoader().loadPacks(dir, "packs")).getMessage();
    }

    @Test
    void namesRulesAfterTheirPathAndLoadsThem() throws Exception {
        Files.createDirectories(dir.resolve("house"));
        Files.writeString(dir.resolve("house/style.yml"), VALID);
        List<Rule> rules = new RuleFileLoader().loadPacks(dir, "packs");
        assertEquals("house.style", rules.get(0).id());
        assertEquals("pack packs/house/style.yml", rules.get(0).meta().origin());
    }

    @Test
    void rejectsUnknownKeysAtTheirPosition() throws Exception {
        assertEquals("packs/house/style.yml:10:1: unknown key 'colour' in a rule file (allowed: adjacent, category, count, "
                        + "description, either, enabled, examples, exceptions, ignorecase, joiners, kind, link, max, maxwords, message, min, "
                        + "minletters, namesyllable, pattern, patterns, report, scope, severity, supersedes, swap, tokens)",
                error(VALID + "colour: red\n"));
    }

    @Test
    void rejectsKeysOfAnotherKind() throws Exception {
        assertTrue(error(VALID + "swap: {a: b}\n").startsWith("packs/house/style.yml:10:7: key 'swap' does not apply to kind existence"));
    }

    @Test
    void rejectsUnknownKindSeverityCategoryAndScope() throws Exception {
        assertTrue(error(VALID.replace("kind: existence", "kind: nonsense")).startsWith("packs/house/style.yml:1:7: unknown kind 'nonsense'"));
        assertTrue(error(VALID.replace("severity: minor", "severity: awful")).startsWith("packs/house/style.yml:4:11: unknown severity 'awful'"));
        assertTrue(error(VALID.replace("Style/Awkward", "Style/Bad")).startsWith("packs/house/style.yml:5:11: unknown category 'Style/Bad'"));
        assertTrue(error(VALID + "scope: chapter\n").startsWith("packs/house/style.yml:10:8: unknown scope 'chapter'"));
    }

    @Test
    void rejectsBadRegexesUnknownVariablesAndBrokenExamples() throws Exception {
        assertTrue(error(VALID.replace("tokens: [very unique]", "patterns: ['(unclosed']"))
                .startsWith("packs/house/style.yml:6:12: bad regular expression: Unclosed group"));
        assertTrue(error(VALID.replace("'${match}'", "'${nothing}'")).startsWith("packs/house/style.yml:3:10: unknown variable ${nothing}"));
        assertTrue(error(VALID.replace("[[very unique]]", "[[very unique")).startsWith("packs/house/style.yml:8:5: example has [[ without ]]"));
        assertTrue(error(VALID.replace("  - \"It is unique.\"\n", "").replace("examples:\n  - \"It is [[very unique]].\"", "examples: []"))
                .contains("a rule needs at least one example"));
    }

    @Test
    void rejectsMissingRequiredKeysAndBadYaml() throws Exception {
        assertTrue(error(VALID.replace("severity: minor\n", "")).startsWith("packs/house/style.yml:1:1: missing required key 'severity'"));
        assertTrue(error("kind: [unclosed\n").startsWith("packs/house/style.yml:"));
        assertTrue(error(VALID + "kind: existence\n").contains("duplicate key"));
    }
}
