package io.github.mtlint.rule.data;

import io.github.mtlint.engine.ExampleRunner;
import io.github.mtlint.rule.CaseFold;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiteralTriggerTest {

    @Test
    void findsTheLongestRequiredText() {
        assertEquals(List.of("pneumonia"), LiteralTrigger.of("new crown(?:ed)?(?: virus)? pneumonia"));
        assertEquals(List.of("play to"), LiteralTrigger.of("(?:give|gives) (?:full|fuller) play to"));
        assertEquals(List.of("implement"), LiteralTrigger.of("implement(?:s|ed|ing)? the (?:important )?spirit of"));
        assertEquals(List.of("the masses"), LiteralTrigger.of("(?<!\\bto )(?<!opium of )the masses\\b(?! of (?:ice|water)\\b)"));
        assertEquals(List.of("crown"), LiteralTrigger.of("[Nn]ew (crown)"));
        assertEquals(List.of("hands", "hands"), LiteralTrigger.of("(?:grasp|grab)s? (?:with )?(?:both|two) hands|(?:both|two) hands (?:to )?grasp"));
        assertEquals(List.of("german news agency"), LiteralTrigger.of("(?-i:German News Agency)"));
        assertEquals(List.of(", ,".substring(0, 1)), LiteralTrigger.of(",[ \\t]*,"));
        assertEquals(List.of("\""), LiteralTrigger.of("(?<=^|[\\s(\\[])\"[ \\t]+([^\"\\n]{1,200}?)[ \\t]+\""));
    }

    @Test
    void escapesThatNameACharacterAreNotReadAsText() {
        assertEquals(List.of("society"), LiteralTrigger.of("caf\\u00e9 society"));
        assertEquals(List.of("society"), LiteralTrigger.of("caf\\xe9 society"));
        assertEquals(List.of("society"), LiteralTrigger.of("caf\\x{e9} society"));
        assertEquals(List.of("society"), LiteralTrigger.of("caf\\N{LATIN SMALL LETTER E WITH ACUTE} society"));
        assertEquals(List.of("society"), LiteralTrigger.of("caf\\0351 society"));
        assertEquals(List.of("bell"), LiteralTrigger.of("bell \\cG"));
        assertEquals(List.of("and"), LiteralTrigger.of("(?<w>\\w+) and \\k<w>"));
        for (String regex : List.of("caf\\u00e9 society", "caf\\xe9 society", "caf\\x{e9} society", "caf\\0351 society")) {
            String text = "the caf\u00e9 society";
            assertTrue(java.util.regex.Pattern.compile(regex).matcher(text).find(), regex);
            assertTrue(LiteralTrigger.of(regex).stream().allMatch(text::contains), regex);
        }
    }

    @Test
    void givesUpWhereItCannotTell() {
        assertEquals(List.of(), LiteralTrigger.of("(?i)crown"));
        assertEquals(List.of(), LiteralTrigger.of("[a-z]+\\s\\d"));
        assertEquals(List.of(), LiteralTrigger.of("ab?"));
        assertEquals(List.of(), LiteralTrigger.of("(?:crowns)?"));
        assertEquals(List.of(), LiteralTrigger.of("crown|[a-z]+"));
    }

    /**
     * Every match of every pattern of the shipped packs (substitution entries and existence patterns), on every
     * example of its pack, contains its trigger.
     */
    @Test
    @SuppressWarnings("unchecked")
    void triggersNeverHideAMatchInTheShippedExamples() throws Exception {
        int checked = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules/packs"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                java.util.Map<String, Object> pack = new org.yaml.snakeyaml.Yaml().load(java.nio.file.Files.readString(file));
                java.util.List<Object> regexes = new java.util.ArrayList<>();
                if ("substitution".equals(pack.get("kind")) && pack.get("swap") instanceof java.util.List<?> swap) {
                    swap.forEach(item -> regexes.add(((java.util.Map<String, Object>) item).get("pattern")));
                }
                if ("existence".equals(pack.get("kind")) && pack.get("patterns") instanceof java.util.List<?> patterns) {
                    regexes.addAll(patterns);
                }
                for (Object regex : regexes) {
                    if (regex == null) {
                        continue;
                    }
                    List<String> triggers = LiteralTrigger.of((String) regex);
                    Pattern pattern = Pattern.compile((String) regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
                    for (Object example : (java.util.List<Object>) pack.get("examples")) {
                        Matcher m = pattern.matcher(ExampleRunner.Example.parse((String) example).text());
                        while (m.find()) {
                            checked++;
                            String match = CaseFold.fold(m.group());
                            assertTrue(triggers.isEmpty() || triggers.stream().anyMatch(match::contains),
                                    file + ": triggers " + triggers + " not in match '" + m.group() + "' of " + regex);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " matches checked");
    }
}
