package io.github.mtlint.grammar;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How LanguageTool's findings become MQM findings, and which LanguageTool rules and rule categories are switched off
 * for machine-translated news (with the reason; {@code keep} lists rules that stay on in a switched-off category),
 * the words LanguageTool's spellers are to accept, and the findings of single rules to drop where the words they flag
 * match a pattern ({@code exceptions}), read from {@code rules/languagetool.yml}.
 */
public record LanguageToolMapping(Target defaults, Map<String, Target> categories, Map<String, Target> rules,
                                  Map<String, String> disabled, Map<String, String> disabledCategories,
                                  java.util.List<String> keptRules, java.util.List<String> acceptedWords,
                                  Map<String, java.util.List<FalseAlarm>> exceptions, java.util.Set<String> currentYearRules) {

    /**
     * A known false alarm of a rule: a pattern found in the words it flags, one the text just before them ends with,
     * one the text right after them starts with (any may be absent).
     */
    public record FalseAlarm(Pattern flagged, Pattern before, Pattern after) {
    }

    /** An MQM category and severity. */
    public record Target(Category category, Severity severity) {
    }

    public LanguageToolMapping {
        categories = Map.copyOf(categories);
        rules = Map.copyOf(rules);
        disabled = new TreeMap<>(disabled);
        disabledCategories = new TreeMap<>(disabledCategories);
        keptRules = java.util.List.copyOf(keptRules);
        acceptedWords = java.util.List.copyOf(acceptedWords);
        exceptions = Map.copyOf(exceptions);
        currentYearRules = java.util.Set.copyOf(currentYearRules);
    }

    /** Whether the rule takes a date without its year for one of this year, so that it misjudges a text of another. */
    public boolean assumesTheCurrentYear(String ruleId) {
        return currentYearRules.contains(ruleId);
    }

    /** Whether a finding of the LanguageTool rule on the text from start to end is one of its known false alarms. */
    public boolean isException(String ruleId, String text, int start, int end) {
        return exceptions.getOrDefault(ruleId, java.util.List.of()).stream().anyMatch(exception ->
                (exception.flagged() == null || exception.flagged().matcher(text).region(start, end).find())
                && (exception.before() == null || exception.before().matcher(text).region(Math.max(0, start - BEFORE), start).find())
                && (exception.after() == null || exception.after().matcher(text).region(end, Math.min(text.length(), end + AFTER)).lookingAt()));
    }

    /** How much text before a finding an exception's {@code before} pattern sees, and after it its {@code after}. */
    private static final int BEFORE = 40;
    private static final int AFTER = 100;

    /** Per-rule mapping first, then the rule's LanguageTool category, then the defaults. */
    public Target targetFor(String ruleId, String categoryId) {
        Target byRule = rules.get(ruleId);
        if (byRule != null) {
            return byRule;
        }
        return categories.getOrDefault(categoryId, defaults);
    }

    private record TargetFile(@JsonProperty(required = true) String category, @JsonProperty(required = true) String severity) {
        Target parse() {
            return new Target(Category.parse(category), Severity.parse(severity));
        }
    }

    private record MappingFile(@JsonProperty(required = true) TargetFile defaults, Map<String, TargetFile> categories,
                               Map<String, TargetFile> rules, Map<String, String> disabled,
                               Map<String, String> disabledCategories, java.util.List<String> keep,
                               java.util.List<String> acceptedWords, Map<String, java.util.List<ExceptionFile>> exceptions,
                               Map<String, String> currentYear) {
    }

    /** A pattern on the words a rule flags or on the text before or after them, and why those findings are false alarms. */
    private record ExceptionFile(String pattern, String before, String after, @JsonProperty(required = true) String reason) {
    }

    public static LanguageToolMapping load(Path file) throws IOException {
        // a rule's exception is one mapping, or a list of them when any of several makes a false alarm
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        MappingFile raw;
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file)) {
            raw = yaml.readValue(reader, MappingFile.class);
        }
        try {
            return new LanguageToolMapping(raw.defaults().parse(), parseAll(raw.categories()), parseAll(raw.rules()),
                    raw.disabled() == null ? Map.of() : raw.disabled(),
                    raw.disabledCategories() == null ? Map.of() : raw.disabledCategories(),
                    raw.keep() == null ? java.util.List.of() : raw.keep(),
                    raw.acceptedWords() == null ? java.util.List.of() : raw.acceptedWords(), parseExceptions(raw.exceptions()),
                    raw.currentYear() == null ? java.util.Set.of() : raw.currentYear().keySet());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, java.util.List<FalseAlarm>> parseExceptions(Map<String, java.util.List<ExceptionFile>> raw) {
        Map<String, java.util.List<FalseAlarm>> parsed = new TreeMap<>();
        if (raw != null) {
            raw.forEach((rule, exceptions) -> {
                java.util.List<FalseAlarm> alarms = new java.util.ArrayList<>();
                for (ExceptionFile exception : exceptions) {
                    if (exception.pattern() == null && exception.before() == null && exception.after() == null) {
                        throw new IllegalArgumentException("exceptions: " + rule + ": needs a pattern, a before or an after pattern");
                    }
                    try {
                        alarms.add(new FalseAlarm(compile(exception.pattern()), compile(exception.before() == null ? null
                                : "(?:" + exception.before() + ")$"), compile(exception.after())));
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException("exceptions: " + rule + ": " + e.getDescription(), e);
                    }
                }
                parsed.put(rule, java.util.List.copyOf(alarms));
            });
        }
        return parsed;
    }

    private static Pattern compile(String pattern) {
        return pattern == null ? null : Pattern.compile(pattern);
    }

    private static Map<String, Target> parseAll(Map<String, TargetFile> raw) {
        Map<String, Target> parsed = new TreeMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> parsed.put(k, v.parse()));
        }
        return parsed;
    }
}
