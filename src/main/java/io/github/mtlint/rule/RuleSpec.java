package io.github.mtlint.rule;

import io.github.mtlint.model.RuleMeta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Java rule is built from: its file in {@code rules/builtin} (metadata, messages, examples, and the
 * {@code data:} it works with, so that vocabulary and thresholds stay out of Java code) and the objects rules share
 * (the lexicon, say). Every Java rule has one public constructor taking a {@code RuleSpec}, named by its file's
 * {@code class:}. The constructor reads its data through the typed accessors ({@link #integer}, {@link #number},
 * {@link #list}, ...) and declares the message variables it fills in ({@link #variables}); a value of the wrong type,
 * a missing entry, a data entry the rule never reads and a message variable it does not declare are load errors at
 * the entry's {@code file:line:col}, naming the rule.
 */
public final class RuleSpec {

    /** Variables every finding fills in: the flagged text, the first suggestion, and the source excerpt if any. */
    public static final Set<String> STANDARD_VARIABLES = Set.of("match", "suggestion", "source");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    /**
     * One {@code data:} entry as written: a text, a list of texts or a mapping of texts to texts.
     *
     * @param where {@code file:line:col} of the value
     */
    public record Datum(Object value, String where) {
    }

    private final RuleMeta meta;
    private final String ruleClass;
    private final String where;
    private final String messageWhere;
    private final Map<String, Datum> data;
    private final Map<Class<?>, Object> shared = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private final Set<String> variables = new LinkedHashSet<>(STANDARD_VARIABLES);

    /**
     * @param ruleClass    the class named by {@code class:}, below {@code io.github.mtlint.rule.builtin}
     * @param where        {@code file:line:col} of the file (its {@code class:})
     * @param messageWhere {@code file:line:col} of its {@code message:}
     */
    public RuleSpec(RuleMeta meta, String ruleClass, String where, String messageWhere, Map<String, Datum> data) {
        this.meta = meta;
        this.ruleClass = ruleClass;
        this.where = where;
        this.messageWhere = messageWhere;
        this.data = new LinkedHashMap<>(data);
    }

    public RuleMeta meta() {
        return meta;
    }

    public String id() {
        return meta.id();
    }

    /** The rule's class, as its file names it ({@code sentence.FragmentRule}). */
    public String ruleClass() {
        return ruleClass;
    }

    /** Where the rule's file is, for errors: {@code file:line:col}. */
    public String where() {
        return where;
    }

    /** Gives the rule being built access to an object rules share. */
    public <T> RuleSpec share(Class<T> type, T value) {
        shared.put(type, value);
        return this;
    }

    /** A shared object (the lexicon, the spelling variants) the rule needs. */
    public <T> T shared(Class<T> type) {
        Object value = shared.get(type);
        if (value == null) {
            throw new RuleSpecException(where + ": rule " + id() + " needs a " + type.getSimpleName() + ", which no rule shares");
        }
        return type.cast(value);
    }

    /** Declares the message variables (beyond {@link #STANDARD_VARIABLES}) that the rule fills in. */
    public RuleSpec variables(String... names) {
        variables.addAll(List.of(names));
        return this;
    }

    /** A list of texts ({@code [a, b]}; a single text is a list of one). */
    public List<String> list(String key) {
        Datum datum = datum(key);
        if (datum.value() instanceof String text) {
            return List.of(text);
        }
        if (datum.value() instanceof List<?> values) {
            List<String> texts = new ArrayList<>();
            values.forEach(v -> texts.add((String) v));
            return List.copyOf(texts);
        }
        throw wrongType(key, datum, "a list");
    }

    /** A mapping of texts to texts ({@code {a: b}}). */
    public Map<String, String> map(String key) {
        Datum datum = datum(key);
        if (datum.value() instanceof Map<?, ?> entries) {
            Map<String, String> texts = new LinkedHashMap<>();
            entries.forEach((k, v) -> texts.put((String) k, (String) v));
            return texts;
        }
        throw wrongType(key, datum, "a mapping");
    }

    /** A single text. */
    public String text(String key) {
        Datum datum = datum(key);
        if (datum.value() instanceof String text) {
            return text;
        }
        throw wrongType(key, datum, "a single value");
    }

    /** A whole number. */
    public int integer(String key) {
        String text = scalar(key, "a whole number");
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw error(data.get(key).where(), "data " + key + " must be a whole number, not '" + text + "'");
        }
    }

    /** A number ({@code 0.5}, {@code 3}). */
    public double number(String key) {
        String text = scalar(key, "a number");
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(data.get(key).where(), "data " + key + " must be a number, not '" + text + "'");
    }

    /**
     * After the rule is built: every {@code data:} entry was read and every message variable is one the rule
     * declared. Fails with the first problem found.
     */
    public void requireComplete() {
        for (Map.Entry<String, Datum> entry : data.entrySet()) {
            if (!read.contains(entry.getKey())) {
                throw error(entry.getValue().where(), "data " + entry.getKey() + " is not used by the rule (it reads "
                        + (read.isEmpty() ? "no data" : String.join(", ", read.stream().sorted().toList())) + ")");
            }
        }
        requireKnownVariables(meta.messages().values());
    }

    private void requireKnownVariables(Collection<String> messages) {
        for (String message : messages) {
            Matcher m = VARIABLE.matcher(message);
            while (m.find()) {
                if (!variables.contains(m.group(1))) {
                    throw error(messageWhere, "unknown variable ${" + m.group(1) + "} in message (available: "
                            + String.join(", ", variables.stream().sorted().toList()) + ")");
                }
            }
        }
    }

    private Datum datum(String key) {
        Datum datum = data.get(key);
        if (datum == null) {
            throw error(where, "needs a data entry '" + key + "'");
        }
        read.add(key);
        return datum;
    }

    private String scalar(String key, String what) {
        Datum datum = datum(key);
        if (datum.value() instanceof String text) {
            return text;
        }
        throw wrongType(key, datum, what);
    }

    private RuleSpecException wrongType(String key, Datum datum, String what) {
        return error(datum.where(), "data " + key + " must be " + what);
    }

    private RuleSpecException error(String at, String message) {
        return new RuleSpecException(at + ": rule " + id() + ": " + message);
    }
}
