package io.github.mtlint.rule.data;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.RuleExample;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads declarative rules ({@code rules/packs/**.yml}, one rule a file) and the metadata of the Java rules
 * ({@code rules/builtin/**.yml}). A rule's id is its path below the root without {@code .yml}, folders joined
 * with dots ({@code packs/calque/chinese.yml} is {@code calque.chinese}). Validation is strict: unknown keys,
 * kinds, severities, categories, scopes, bad regexes and malformed examples are errors at
 * {@code file:line:col}.
 */
public final class RuleFileLoader {

    private static final Set<String> COMMON_KEYS = Set.of("kind", "message", "description", "severity", "category",
            "scope", "link", "examples", "supersedes", "enabled");
    private static final Set<String> JAVA_META_KEYS = Set.of("class", "message", "description", "severity", "category", "link",
            "examples", "supersedes", "data", "enabled");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    private final Map<String, RuleKind> kinds = new LinkedHashMap<>();

    public RuleFileLoader() {
        for (RuleKind kind : List.of(new ExistenceKind(), new SubstitutionKind(), new ConsistencyKind(),
                new RepetitionKind(), new OccurrenceKind())) {
            kinds.put(kind.name(), kind);
        }
    }

    /**
     * Every pack rule under {@code root}, in path order.
     *
     * @param displayRoot how the root is named in origins and error messages ("rules/packs")
     */
    public List<Rule> loadPacks(Path root, String displayRoot) throws RuleFileException {
        List<Rule> rules = new ArrayList<>();
        for (Path file : yamlFiles(root, displayRoot)) {
            rules.add(loadPack(file, idOf(root, file), displayName(root, file, displayRoot)));
        }
        return rules;
    }

    public Rule loadPack(Path file, String id, String displayName) throws RuleFileException {
        YamlNode root = YamlNode.parse(file, displayName);
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        kinds.values().forEach(k -> allowed.addAll(k.keys()));
        Map<String, YamlNode> body = root.map(allowed, "a rule file");
        YamlNode kindNode = required(root, body, "kind");
        String kindName = kindNode.string("kind").trim().toLowerCase(Locale.ROOT);
        RuleKind kind = kinds.get(kindName);
        if (kind == null) {
            throw kindNode.error("unknown kind '" + kindName + "' (expected one of " + String.join(", ", kinds.keySet()) + ")");
        }
        for (Map.Entry<String, YamlNode> entry : body.entrySet()) {
            if (!COMMON_KEYS.contains(entry.getKey()) && !kind.keys().contains(entry.getKey())) {
                throw entry.getValue().error("key '" + entry.getKey() + "' does not apply to kind " + kindName
                        + " (its keys: " + String.join(", ", kind.keys().stream().sorted().toList()) + ")");
            }
        }
        Set<String> variables = new HashSet<>(kind.variables());
        variables.add("match");
        variables.add("suggestion");
        RuleMeta meta = meta(root, body, id, kindName, "pack " + displayName, variables);
        Scope scope = body.containsKey("scope") ? Scope.parse(body.get("scope")) : kind.defaultScope();
        return kind.create(meta, scope, body);
    }

    /**
     * The files of the Java rules, by id: metadata, the class that implements the rule ({@code class:}, below
     * {@code io.github.mtlint.rule.builtin}) and its {@code data:} as written (texts, lists of texts, mappings), each
     * with its position, so that the rule's typed reads can report {@code file:line:col}.
     */
    public Map<String, RuleSpec> loadJavaRuleSpecs(Path root, String displayRoot) throws RuleFileException {
        Map<String, RuleSpec> specs = new LinkedHashMap<>();
        for (Path file : yamlFiles(root, displayRoot)) {
            String display = displayName(root, file, displayRoot);
            YamlNode node = YamlNode.parse(file, display);
            Map<String, YamlNode> body = node.map(JAVA_META_KEYS, "a rule description");
            String id = idOf(root, file);
            YamlNode classNode = required(node, body, "class");
            String ruleClass = classNode.string("class").strip();
            if (!JAVA_CLASS.matcher(ruleClass).matches()) {
                throw classNode.error("class must name a class below io.github.mtlint.rule.builtin, such as sentence.FragmentRule, not '"
                        + ruleClass + "'");
            }
            Map<String, RuleSpec.Datum> data = new LinkedHashMap<>();
            if (body.containsKey("data")) {
                for (Map.Entry<String, YamlNode> e : body.get("data").freeMap("data").entrySet()) {
                    data.put(e.getKey(), new RuleSpec.Datum(datum(e.getKey(), e.getValue()), e.getValue().where()));
                }
            }
            RuleMeta meta = meta(node, body, id, "java", "built-in (" + display + ")", null);
            specs.put(id, new RuleSpec(meta, ruleClass, classNode.where(), body.get("message").where(), data));
        }
        return specs;
    }

    /** The word lists several Java rules share ({@code rules/shared.yml}): names mapped to lists of words. */
    public SharedData loadSharedData(Path file, String displayName) throws RuleFileException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : YamlNode.parse(file, displayName).freeMap("shared data").entrySet()) {
            lists.put(e.getKey(), e.getValue().strings("shared list " + e.getKey()));
        }
        return new SharedData(displayName, lists);
    }

    private static final Pattern JAVA_CLASS = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*\\.[A-Z][A-Za-z0-9]*");

    /** A data value as written: a text, a list of texts, or a mapping of texts to texts. */
    private static Object datum(String key, YamlNode value) throws RuleFileException {
        if (value.isMap()) {
            Map<String, String> entries = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> e : value.freeMap("data " + key).entrySet()) {
                entries.put(e.getKey(), e.getValue().string("data " + key + " value"));
            }
            return entries;
        }
        return value.isScalar() ? value.string("data " + key) : value.strings("data " + key);
    }

    private RuleMeta meta(YamlNode root, Map<String, YamlNode> body, String id, String kind, String origin,
                          Set<String> variables) throws RuleFileException {
        Map<String, String> messages = messages(required(root, body, "message"), variables);
        String description = required(root, body, "description").string("description").strip();
        YamlNode severityNode = required(root, body, "severity");
        Severity severity;
        try {
            severity = Severity.parse(severityNode.string("severity"));
        } catch (IllegalArgumentException e) {
            throw severityNode.error(e.getMessage());
        }
        YamlNode categoryNode = required(root, body, "category");
        Category category;
        try {
            category = Category.parse(categoryNode.string("category"));
        } catch (IllegalArgumentException e) {
            throw categoryNode.error(e.getMessage());
        }
        String link = body.containsKey("link") ? body.get("link").string("link") : "";
        List<RuleExample> examples = new ArrayList<>();
        for (YamlNode example : required(root, body, "examples").list("examples")) {
            examples.add(example(example));
        }
        if (examples.isEmpty()) {
            throw body.get("examples").error("a rule needs at least one example");
        }
        List<String> supersedes = body.containsKey("supersedes") ? body.get("supersedes").strings("supersedes") : List.of();
        boolean enabled = !body.containsKey("enabled") || body.get("enabled").bool("enabled");
        return new RuleMeta(id, kind, category, severity, description, messages, origin, link, examples, supersedes, enabled);
    }

    private static Map<String, String> messages(YamlNode node, Set<String> variables) throws RuleFileException {
        Map<String, String> messages = new LinkedHashMap<>();
        if (node.isScalar()) {
            messages.put(RuleMeta.DEFAULT_MESSAGE, node.string("message").strip());
        } else {
            for (Map.Entry<String, YamlNode> e : node.freeMap("message").entrySet()) {
                messages.put(e.getKey(), e.getValue().string("message").strip());
            }
            if (!messages.containsKey(RuleMeta.DEFAULT_MESSAGE)) {
                throw node.error("message needs a '" + RuleMeta.DEFAULT_MESSAGE + "' entry");
            }
        }
        if (variables != null) {
            for (String message : messages.values()) {
                Matcher m = VARIABLE.matcher(message);
                while (m.find()) {
                    if (!variables.contains(m.group(1))) {
                        throw node.error("unknown variable ${" + m.group(1) + "} in message (available: "
                                + String.join(", ", variables.stream().sorted().toList()) + ")");
                    }
                }
            }
        }
        return messages;
    }

    /** An example is its marked text, or {@code {source: …, target: …}} for rules that compare with the source. */
    private static RuleExample example(YamlNode node) throws RuleFileException {
        if (node.isMap()) {
            Map<String, YamlNode> parts = node.map(EXAMPLE_KEYS, "a bilingual example");
            if (!parts.containsKey("source") || !parts.containsKey("target")) {
                throw node.error("a bilingual example needs both 'source' and 'target'");
            }
            YamlNode target = parts.get("target");
            String text = target.string("target");
            checkMarkers(target, text);
            boolean inline = false;
            if (parts.containsKey("inline")) {
                if (!parts.get("inline").string("inline").equals("xliff")) {
                    throw parts.get("inline").error("'inline' can only be 'xliff': source and target in XLIFF 2 inline markup");
                }
                inline = true;
            }
            return new RuleExample(text, parts.get("source").string("source"), inline);
        }
        String text = node.string("example");
        checkMarkers(node, text);
        return RuleExample.of(text);
    }

    private static final Set<String> EXAMPLE_KEYS = Set.of("source", "target", "inline");

    /** Examples mark expected findings with [[…]]; markers must pair up and not nest. */
    private static void checkMarkers(YamlNode node, String text) throws RuleFileException {
        boolean open = false;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.startsWith("[[", i)) {
                if (open) {
                    throw node.error("example has a nested [[ marker");
                }
                open = true;
                i++;
            } else if (text.startsWith("]]", i)) {
                if (!open) {
                    throw node.error("example has ]] without [[");
                }
                open = false;
                i++;
            }
        }
        if (open) {
            throw node.error("example has [[ without ]]");
        }
    }

    private static YamlNode required(YamlNode root, Map<String, YamlNode> body, String key) throws RuleFileException {
        YamlNode node = body.get(key);
        if (node == null) {
            throw root.error("missing required key '" + key + "'");
        }
        return node;
    }

    private static List<Path> yamlFiles(Path root, String displayRoot) throws RuleFileException {
        if (!Files.isDirectory(root)) {
            throw new RuleFileException(displayRoot + ": no such rules directory");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yml") || f.getFileName().toString().endsWith(".yaml"))
                    .sorted((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()))
                    .toList();
        } catch (IOException e) {
            throw new RuleFileException(displayRoot + ": cannot read: " + e.getMessage());
        }
    }

    private static String idOf(Path root, Path file) throws RuleFileException {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String id = relative.replaceFirst("\\.ya?ml$", "").replace('/', '.');
        if (!ID.matcher(id).matches()) {
            throw new RuleFileException(file + ": rule file names make rule ids and must be lower-case words joined by "
                    + "'-' (got '" + id + "')");
        }
        return id;
    }

    private static String displayName(Path root, Path file, String displayRoot) {
        return displayRoot + "/" + root.relativize(file).toString().replace('\\', '/');
    }
}
