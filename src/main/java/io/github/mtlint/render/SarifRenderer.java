package io.github.mtlint.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.LineIndex;
import io.github.mtlint.model.Location;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.SourceExcerpt;
import io.github.mtlint.report.SourceInfo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -f sarif}: SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards. Every rule that
 * fired is described in {@code tool.driver.rules} with its MQM category; results carry the level (critical and
 * major: error, minor: warning, neutral: note), a region in code points ({@code columnKind: unicodeCodePoints}),
 * suggestions as fixes, and a fingerprint that does not change when lines are added above the finding. A finding about
 * the source (accuracy) has the source span as a related location in the source file, itself an artifact.
 */
public final class SarifRenderer extends StreamingRenderer {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/mtlint/mtlint";
    /** A spooled result's fields: the result, and the paths whose artifact indices it takes at the end. */
    private static final String SPOOLED_RESULT = "result";
    private static final String SPOOLED_PATH = "path";
    private static final String SPOOLED_SOURCE = "source";

    @Override
    public String name() {
        return "sarif";
    }

    /**
     * The rules that fired and the artifacts (every file, then every source) come before the results, and the results
     * point into both lists by index: each document's results wait in a spool, a compact line each, and get their
     * indices at the end. What is kept meanwhile is each document's path, and each source file's path and language once.
     */
    @Override
    public ReportStream start(RunHeader header, Writer out, Spool.Factory spools) throws IOException {
        Spool results = spools.open();
        return new ReportStream() {
            private final List<String> paths = new ArrayList<>();
            /** Each source file once, with its language, in the order documents name them. */
            private final Map<String, String> sourceLanguages = new LinkedHashMap<>();

            @Override
            public void document(DocumentResult doc) throws IOException {
                paths.add(doc.path());
                if (doc.source() != null) {
                    sourceLanguages.putIfAbsent(doc.source().path(), doc.source().language());
                }
                LineIndex sourceLines = null;
                for (ReportedIssue reported : doc.issues()) {
                    ObjectNode result = result(reported, doc);
                    ObjectNode spooled = JsonReport.MAPPER.createObjectNode();
                    spooled.put(SPOOLED_PATH, doc.path());
                    if (reported.source() != null && doc.source() != null && reported.segment() == null) {
                        if (sourceLines == null) {
                            sourceLines = LineIndex.of(doc.source().text());
                        }
                        result.set("relatedLocations", sourceLocation(reported, doc.source(), sourceLines));
                        spooled.put(SPOOLED_SOURCE, doc.source().path());
                    }
                    spooled.set(SPOOLED_RESULT, result);
                    results.writer().write(JsonReport.MAPPER.writeValueAsString(spooled));
                    results.writer().write('\n');
                }
            }

            @Override
            public void finish(RunTotals totals) throws IOException {
                try (results) {
                    write(header, totals, paths, sourceLanguages, results, out);
                }
            }
        };
    }

    private static void write(RunHeader header, RunTotals totals, List<String> paths, Map<String, String> sourceLanguages,
                              Spool results,
                              Writer out) throws IOException {
        ObjectNode driver = JsonReport.MAPPER.createObjectNode();
        driver.put("name", "mtlint");
        driver.put("version", header.toolVersion());
        driver.put("semanticVersion", header.toolVersion().matches("\\d+\\.\\d+\\.\\d+.*") ? header.toolVersion() : "0.0.0");
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMeta meta : totals.rules().values()) {
            ruleIndex.put(meta.id(), ruleIndex.size());
            rules.add(rule(meta));
        }
        ArrayNode artifacts = JsonReport.MAPPER.createArrayNode();
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (String path : paths) {
            addArtifact(artifacts, artifactIndex, path, "en");
        }
        sourceLanguages.forEach((path, language) -> {
            if (!artifactIndex.containsKey(path)) {
                addArtifact(artifacts, artifactIndex, path, language);
            }
        });
        JsonGenerator json = JsonReport.prettyGenerator(out);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeFieldName("runs");
        json.writeStartArray();
        json.writeStartObject();
        json.writeFieldName("tool");
        json.writeTree(JsonReport.MAPPER.createObjectNode().set("driver", driver));
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeFieldName("artifacts");
        json.writeTree(artifacts);
        json.writeFieldName("results");
        json.writeStartArray();
        try (BufferedReader spooled = results.reader()) {
            for (String line = spooled.readLine(); line != null; line = spooled.readLine()) {
                json.writeTree(withIndices((ObjectNode) JsonReport.MAPPER.readTree(line), ruleIndex, artifactIndex));
            }
        }
        json.writeEndArray();
        json.writeFieldName("invocations");
        ArrayNode invocations = JsonReport.MAPPER.createArrayNode();
        ObjectNode invocation = invocations.addObject();
        // A file that could not be read was not analysed, so the run did not complete, whoever's fault that was.
        invocation.put("executionSuccessful", totals.errors().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (ProcessingError error : totals.errors()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", error.path() + ": " + error.message());
            n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation").put("uri", uri(error.path()));
        }
        json.writeTree(invocations);
        json.writeFieldName("properties");
        ObjectNode properties = JsonReport.MAPPER.createObjectNode();
        properties.put("mqmScore", Numbers.round2(totals.summary().score().score()));
        properties.put("mqmPassed", totals.summary().score().passed());
        properties.put("words", totals.summary().words());
        json.writeTree(properties);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.write("\n");
    }

    private static void addArtifact(ArrayNode artifacts, Map<String, Integer> artifactIndex, String path, String language) {
        artifactIndex.put(path, artifactIndex.size());
        ObjectNode artifact = artifacts.addObject();
        artifact.putObject("location").put("uri", uri(path));
        artifact.put("encoding", "utf-8");
        artifact.put("sourceLanguage", language);
    }

    /** A spooled result with its rule's index (none for a rule not described) and its artifacts' indices. */
    private static ObjectNode withIndices(ObjectNode spooled, Map<String, Integer> ruleIndex, Map<String, Integer> artifactIndex) {
        ObjectNode result = (ObjectNode) spooled.get(SPOOLED_RESULT);
        Integer index = ruleIndex.get(result.get("ruleId").asText());
        if (index != null) {
            result.put("ruleIndex", index); // the placeholder's place, right after ruleId
        } else {
            result.remove("ruleIndex");
        }
        artifactLocation(result.get("locations")).put("index", artifactIndex.get(spooled.get(SPOOLED_PATH).asText()));
        if (spooled.has(SPOOLED_SOURCE)) {
            artifactLocation(result.get("relatedLocations")).put("index", artifactIndex.get(spooled.get(SPOOLED_SOURCE).asText()));
        }
        return result;
    }

    private static ObjectNode artifactLocation(JsonNode locations) {
        return (ObjectNode) locations.get(0).get("physicalLocation").get("artifactLocation");
    }

    private static ObjectNode rule(RuleMeta meta) {
        ObjectNode rule = JsonReport.MAPPER.createObjectNode();
        rule.put("id", meta.id());
        rule.put("name", camel(meta.id()));
        String description = meta.description().replaceAll("\\s+", " ").strip();
        rule.putObject("shortDescription").put("text", firstSentence(description));
        rule.putObject("fullDescription").put("text", description);
        ObjectNode help = rule.putObject("help");
        String examples = meta.examples().isEmpty() ? "" : "\n\nExample: " + meta.examples().get(0).target().replace("\n", " ");
        help.put("text", description + examples + "\n\nMQM category: " + meta.category().path() + ", severity " + meta.severity().id()
                + ". Run 'mtlint explain " + meta.id() + "' for more.");
        if (!meta.link().isEmpty()) {
            rule.put("helpUri", meta.link());
        }
        rule.putObject("defaultConfiguration").put("level", level(meta.severity()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("mqmCategory", meta.category().path());
        properties.put("mqmSeverity", meta.severity().id());
        properties.put("kind", meta.kind());
        ArrayNode tags = properties.putArray("tags");
        new java.util.LinkedHashSet<>(List.of("mqm", meta.category().dimension().toLowerCase(java.util.Locale.ROOT), meta.family()))
                .forEach(tags::add);
        return rule;
    }

    /** A result whose rule and artifact indices are placeholders, set by {@link #withIndices}. */
    private static ObjectNode result(ReportedIssue reported, DocumentResult doc) {
        Issue issue = reported.issue();
        ObjectNode result = JsonReport.MAPPER.createObjectNode();
        result.put("ruleId", issue.ruleId());
        result.put("ruleIndex", -1);
        result.put("level", level(issue.severity()));
        result.putObject("message").put("text", issue.message());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifactLocation = physical.putObject("artifactLocation");
        artifactLocation.put("uri", uri(doc.path()));
        artifactLocation.put("index", -1);
        if (reported.segment() == null) {
            physical.set("region", region(reported));
        } else {
            // lines and columns of the checked text are not those of the XLIFF or TMX markup: the segment locates it
            ObjectNode segment = location.putArray("logicalLocations").addObject();
            segment.put("name", reported.segment());
            segment.put("fullyQualifiedName", doc.path() + "#" + reported.segment());
            segment.put("kind", "element");
        }
        result.putObject("partialFingerprints").put("mtlintFingerprint/v1", reported.fingerprint());
        ObjectNode properties = result.putObject("properties");
        properties.put("mqmCategory", issue.category().path());
        properties.put("mqmSeverity", issue.severity().id());
        if (reported.segment() != null) {
            properties.put("segment", reported.segment());
            properties.put("segmentColumn", reported.location().column());
            properties.put("segmentEndColumn", reported.location().endColumn());
        }
        if (!issue.suggestions().isEmpty() && reported.segment() == null) {
            ArrayNode fixes = result.putArray("fixes");
            for (String suggestion : issue.suggestions()) {
                ObjectNode fix = fixes.addObject();
                fix.putObject("description").put("text", "Replace with '" + suggestion + "'");
                ObjectNode change = fix.putArray("artifactChanges").addObject();
                change.putObject("artifactLocation").put("uri", uri(doc.path()));
                ObjectNode replacement = change.putArray("replacements").addObject();
                replacement.putObject("deletedRegion").put("charOffset", reported.start()).put("charLength", reported.end() - reported.start());
                replacement.putObject("insertedContent").put("text", suggestion);
            }
        }
        return result;
    }

    /** The source span as a related location: offsets in code points of the source file, lines from its text. */
    private static ArrayNode sourceLocation(ReportedIssue reported, SourceInfo source, LineIndex sourceLines) {
        SourceExcerpt excerpt = reported.source();
        ArrayNode related = JsonReport.MAPPER.createArrayNode();
        ObjectNode location = related.addObject();
        location.put("id", 1);
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifactLocation = physical.putObject("artifactLocation");
        artifactLocation.put("uri", uri(source.path()));
        artifactLocation.put("index", -1);
        ObjectNode region = physical.putObject("region");
        Span span = reported.issue().sourceSpan();
        if (span != null && span.end() <= source.text().length()) {
            Location at = sourceLines.locate(span);
            region.put("startLine", at.line());
            region.put("startColumn", at.column());
            region.put("endLine", at.endLine());
            region.put("endColumn", at.endColumn());
        }
        region.put("charOffset", excerpt.start());
        region.put("charLength", excerpt.end() - excerpt.start());
        region.putObject("snippet").put("text", excerpt.text());
        location.putObject("message").put("text", "source: " + excerpt.text());
        return related;
    }

    private static ObjectNode region(ReportedIssue reported) {
        ObjectNode region = JsonReport.MAPPER.createObjectNode();
        region.put("startLine", reported.location().line());
        region.put("startColumn", reported.location().column());
        region.put("endLine", reported.location().endLine());
        region.put("endColumn", reported.location().endColumn());
        region.put("charOffset", reported.start());
        region.put("charLength", reported.end() - reported.start());
        region.putObject("snippet").put("text", reported.text());
        return region;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case NEUTRAL -> "note";
        };
    }

    /** A relative URI for a relative path ("samples/x.txt"); an absolute path becomes a file: URI. */
    static String uri(String path) {
        if (path.equals("<stdin>")) {
            return "stdin";
        }
        try {
            Path p = Path.of(path);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
            List<String> parts = new ArrayList<>();
            for (Path part : p.normalize()) {
                parts.add(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return String.join("/", parts);
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '.' || c == '-' || c == '_' || c == '*') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
