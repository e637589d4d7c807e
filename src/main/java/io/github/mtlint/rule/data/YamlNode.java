package io.github.mtlint.rule.data;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A YAML node that remembers where it is in its file, so that every validation error can say
 * {@code file:line:col}. Rule files are small; strictness matters more than speed here.
 */
final class YamlNode {

    private final Node node;
    private final String file;

    private YamlNode(Node node, String file) {
        this.node = node;
        this.file = file;
    }

    static YamlNode parse(Path path, String displayName) throws RuleFileException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new RuleFileException(displayName + ":1:1: empty rule file");
            }
            return new YamlNode(root, displayName);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? displayName : displayName + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new RuleFileException(where + ": invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new RuleFileException(displayName + ": invalid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new RuleFileException(displayName + ": cannot read: " + e.getMessage());
        }
    }

    RuleFileException error(String message) {
        Mark mark = node.getStartMark();
        return new RuleFileException(file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": " + message);
    }

    /** {@code file:line:col} of this node. */
    String where() {
        Mark mark = node.getStartMark();
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    String file() {
        return file;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    /** The entries of a mapping, in file order; keys outside {@code allowed} are an error at the key. */
    Map<String, YamlNode> map(Set<String> allowed, String what) throws RuleFileException {
        if (!(node instanceof MappingNode mapping)) {
            throw error(what + " must be a mapping of keys to values");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode(), file);
            String name = key.string("key");
            if (allowed != null && !allowed.contains(name)) {
                throw key.error("unknown key '" + name + "' in " + what + " (allowed: " + String.join(", ", sorted(allowed)) + ")");
            }
            if (entries.containsKey(name)) {
                throw key.error("duplicate key '" + name + "' in " + what);
            }
            entries.put(name, new YamlNode(tuple.getValueNode(), file));
        }
        return entries;
    }

    /** A mapping whose keys are free (bad → good pairs, for instance). */
    Map<String, YamlNode> freeMap(String what) throws RuleFileException {
        return map(null, what);
    }

    List<YamlNode> list(String what) throws RuleFileException {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(what + " must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(item, file));
        }
        return items;
    }

    /** A list of strings, or a single string taken as a one-item list. */
    List<String> strings(String what) throws RuleFileException {
        if (isScalar()) {
            return List.of(string(what));
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : list(what)) {
            values.add(item.string(what + " item"));
        }
        return values;
    }

    String string(String what) throws RuleFileException {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(what + " must be a text value");
        }
        return scalar.getValue();
    }

    boolean bool(String what) throws RuleFileException {
        String v = string(what).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(what + " must be true or false, not '" + v + "'");
        };
    }

    int integer(String what, int min) throws RuleFileException {
        String v = string(what);
        try {
            int value = Integer.parseInt(v.trim());
            if (value < min) {
                throw error(what + " must be at least " + min + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(what + " must be a whole number, not '" + v + "'");
        }
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
