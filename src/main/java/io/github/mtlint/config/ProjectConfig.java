package io.github.mtlint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's {@code mtlint.yml}: the same settings as the command line, so a repository can pin its gate,
 * scoring and rule selection. Command-line options win over the file. Relative paths in the file are
 * relative to the file's folder.
 */
public record ProjectConfig(
        String failOn,
        Double minScore,
        String weights,
        Double passThreshold,
        Double acceptablePenalty,
        Map<String, Double> severityWeights,
        Map<String, Double> categoryWeights,
        String variant,
        String date,
        List<String> include,
        List<String> exclude,
        List<String> rules,
        List<String> lexicons,
        List<String> enable,
        List<String> disable,
        Map<String, String> severities,
        String baseline,
        Integer threads,
        Integer timeout,
        Integer maxSize,
        List<String> glossaries,
        String consistency) {

    public static final String FILE_NAME = "mtlint.yml";

    public ProjectConfig {
        severityWeights = severityWeights == null ? Map.of() : Map.copyOf(severityWeights);
        categoryWeights = categoryWeights == null ? Map.of() : Map.copyOf(categoryWeights);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        rules = rules == null ? List.of() : List.copyOf(rules);
        lexicons = lexicons == null ? List.of() : List.copyOf(lexicons);
        enable = enable == null ? List.of() : List.copyOf(enable);
        disable = disable == null ? List.of() : List.copyOf(disable);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        glossaries = glossaries == null ? List.of() : List.copyOf(glossaries);
    }

    public static ProjectConfig empty() {
        return new ProjectConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Reads the file; errors name the file, line and column. */
    public static ProjectConfig load(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such configuration file");
        }
        // a key given twice is a mistake (which one was meant?), not a silent "the last wins"
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            try (JsonParser content = yaml.getFactory().createParser(file.toFile())) {
                JsonToken first = content.nextToken();
                boolean nothing = first == null || (first == JsonToken.VALUE_NULL
                        || first == JsonToken.VALUE_STRING && content.getText().isBlank()) && content.nextToken() == null;
                if (nothing) {
                    return empty(); // an empty file, one of comments or an empty document ("---"): nothing is set
                }
            }
            ProjectConfig config = yaml.readValue(file.toFile(), ProjectConfig.class);
            return config == null ? empty() : config;
        } catch (UnrecognizedPropertyException e) {
            // the settings are a record, read whole before an unknown key is reported: Jackson's place is the file's end
            throw new ConfigException(whereKey(file, e.getPropertyName()).orElse(where(file, e)) + "unknown key '"
                    + e.getPropertyName() + "' (known: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()) + ")");
        } catch (MismatchedInputException e) {
            String key = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            String given = e instanceof InvalidFormatException invalid ? "'" + invalid.getValue() + "'"
                    : e.getMessage().contains("START_ARRAY") ? "a list" : e.getMessage().contains("START_OBJECT") ? "a mapping"
                    : e.getMessage().contains("null") ? "nothing" : "this";
            String wanted = e.getTargetType() == null ? "another kind of value" : describe(e.getTargetType());
            throw new ConfigException((key == null ? where(file, e) : whereKey(file, key).orElse(where(file, e)))
                    + (key == null ? "" : key + ": ") + "expected " + wanted + ", not " + given);
        } catch (JsonMappingException e) {
            throw new ConfigException(where(file, e) + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            // the YAML parser's location is where its token began; the problem may be lines later
            String at = e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                    ? file + ":" + (marked.getProblemMark().getLine() + 1) + ":" + (marked.getProblemMark().getColumn() + 1) + ": "
                    : where(file, e);
            throw new ConfigException(at + syntaxError(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage().lines().findFirst().orElse("cannot read"));
        }
    }

    /** YAML syntax errors in a line: the parser's own message spans several and speaks of tokens. */
    private static String syntaxError(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "duplicate key '" + duplicate.group(1) + "'";
        }
        if (message.contains("(TAB)")) {
            return "found a tab character where YAML allows only spaces";
        }
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("in ")
                && !l.startsWith("^") && !l.startsWith("at [")).toList();
        return lines.isEmpty() ? "not valid YAML" : String.join("; ", lines);
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    /** What a setting of this Java type is, in a user's words. */
    private static String describe(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a single value";
    }

    /** Where a top-level key stands in the file, as "FILE:LINE:COLUMN: ". */
    private static java.util.Optional<String> whereKey(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern keyLine = Pattern.compile("^(\\s*)[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = keyLine.matcher(lines.get(i));
                if (m.find()) {
                    return java.util.Optional.of(file + ":" + (i + 1) + ":" + (m.group(1).length() + 1) + ": ");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the place is a courtesy: the message stands without it
        }
        return java.util.Optional.empty();
    }

    private static String where(Path file, JsonProcessingException e) {
        if (e.getLocation() == null) {
            return file + ": ";
        }
        return file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
    }
}
