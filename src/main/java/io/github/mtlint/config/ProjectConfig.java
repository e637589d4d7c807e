package io.github.mtlint.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            ProjectConfig config = yaml.readValue(file.toFile(), ProjectConfig.class);
            return config == null ? empty() : config;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(where(file, e) + "unknown key '" + e.getPropertyName() + "' (known: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()) + ")");
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

    private static String where(Path file, JsonProcessingException e) {
        if (e.getLocation() == null) {
            return file + ": ";
        }
        return file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
    }
}
