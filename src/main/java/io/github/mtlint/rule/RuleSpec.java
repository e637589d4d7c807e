package io.github.mtlint.rule;

import io.github.mtlint.model.RuleMeta;

import java.util.List;
import java.util.Map;

/**
 * What a Java rule reads from its file in {@code rules/builtin}: its metadata and the word lists it works
 * with ({@code data:}), so that vocabulary stays out of Java code.
 */
public record RuleSpec(RuleMeta meta, Map<String, List<String>> data) {

    public RuleSpec {
        data = Map.copyOf(data);
    }

    /** A required word list; a missing one is a packaging error, reported at start-up. */
    public List<String> list(String key) {
        List<String> values = data.get(key);
        if (values == null) {
            throw new IllegalStateException("rules/builtin: " + meta.id() + " needs a data list '" + key + "'");
        }
        return values;
    }
}
