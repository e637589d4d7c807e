package io.github.mtlint.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule is, for listings, explanations and report metadata.
 *
 * @param kind        "java", "languagetool" or a rule-pack kind such as "existence"
 * @param messages    message templates by name ("default" is the rule's main message); {@code ${match}} and
 *                    {@code ${suggestion}} are filled in per finding, rules may add their own variables
 * @param origin      where the rule comes from (built-in class, pack file, LanguageTool)
 * @param examples    examples, {@code [[...]]} marking each expected finding (with the source, for accuracy rules)
 * @param supersedes  ids (globs allowed, e.g. {@code lt.UPPERCASE_SENTENCE_START}) of findings this rule's
 *                    findings replace when both flag the same spot
 * @param enabledByDefault false for opinionated rules that run only when switched on ({@code --enable ID})
 */
public record RuleMeta(String id, String kind, Category category, Severity severity, String description,
                       Map<String, String> messages, String origin, String link, List<RuleExample> examples,
                       List<String> supersedes, boolean enabledByDefault) {

    public static final String DEFAULT_MESSAGE = "default";

    public RuleMeta {
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages)); // in the rule file's order, for explain
        examples = List.copyOf(examples);
        supersedes = List.copyOf(supersedes);
        link = link == null ? "" : link;
    }

    public String message() {
        return messages.getOrDefault(DEFAULT_MESSAGE, "");
    }

    /** The rule family, the part of the id before the first dot ("entity" for "entity.name-variant"). */
    public String family() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
