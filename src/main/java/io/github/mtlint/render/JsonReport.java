package io.github.mtlint.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.Summary;
import io.github.mtlint.score.MqmScore;
import io.github.mtlint.score.ScoringModel;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The JSON report contract (docs/ARCHITECTURE.md, docs/report.schema.json) as a Jackson tree, shared by the JSON and HTML renderers. */
final class JsonReport {

    /** Writing a tree into a report's generator does not flush the report: a streamed report decides when it does. */
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private JsonReport() {
    }

    static ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("tool").put("name", "mtlint").put("version", report.toolVersion());
        root.set("scoring", scoring(report.scoring()));
        ArrayNode files = root.putArray("files");
        for (DocumentResult document : report.documents()) {
            files.add(document(document));
        }
        ArrayNode errors = root.putArray("errors");
        for (ProcessingError error : report.errors()) {
            errors.add(error(error));
        }
        root.set("summary", summary(report.summary()));
        return root;
    }

    static ObjectNode error(ProcessingError error) {
        return MAPPER.createObjectNode().put("path", error.path()).put("message", error.message())
                .put("kind", error.internal() ? "internal" : "input");
    }

    /**
     * A generator that writes as {@code MAPPER.writer(pretty printer)} writes a whole tree (two-space indents, {@code \n}
     * line ends), for the reports written a part at a time; closing it leaves {@code out} open.
     */
    static JsonGenerator prettyGenerator(Writer out) throws IOException {
        JsonGenerator generator = MAPPER.createGenerator(new NonClosingWriter(out));
        generator.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return generator;
    }

    static ObjectNode scoring(ScoringModel model) {
        ObjectNode scoring = MAPPER.createObjectNode();
        scoring.put("model", "mqm-linear-calibrated");
        scoring.put("weightsName", model.name());
        ObjectNode weights = scoring.putObject("weights");
        for (Severity s : Severity.values()) {
            weights.put(s.id(), Numbers.round2(model.severityWeights().get(s)));
        }
        if (!model.categoryWeights().isEmpty()) {
            ObjectNode categories = scoring.putObject("categoryWeights");
            model.categoryWeights().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> categories.put(e.getKey().path(), Numbers.round2(e.getValue())));
        }
        if (!model.pairWeights().isEmpty()) {
            ArrayNode pairs = scoring.putArray("pairWeights");
            for (ScoringModel.PairWeight p : model.pairWeights()) {
                pairs.addObject().put("severity", p.severity().id()).put("category", p.category().path())
                        .put("weight", Numbers.round2(p.weight()));
            }
        }
        scoring.put("referenceWordCount", model.referenceWordCount());
        scoring.put("passThreshold", Numbers.round2(model.passThreshold()));
        scoring.put("acceptablePenalty", Numbers.round2(model.acceptablePenalty()));
        return scoring;
    }

    static ObjectNode document(DocumentResult document) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("path", document.path());
        if (document.source() != null) {
            ObjectNode source = file.putObject("source");
            source.put("path", document.source().path());
            source.put("language", document.source().language());
            source.put("aligned", document.source().aligned().id());
            if (document.source().note() != null) {
                source.put("note", document.source().note());
            }
        }
        file.put("words", document.words());
        putScore(file, document.score());
        if (document.suppressed() > 0) {
            file.put("suppressed", document.suppressed());
        }
        ArrayNode issues = file.putArray("issues");
        for (ReportedIssue reported : document.issues()) {
            issues.add(issue(reported));
        }
        return file;
    }

    static ObjectNode issue(ReportedIssue reported) {
        Issue issue = reported.issue();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", issue.ruleId());
        node.put("category", issue.category().path());
        node.put("severity", issue.severity().id());
        node.put("message", issue.message());
        node.put("start", reported.start());
        node.put("end", reported.end());
        node.put("line", reported.location().line());
        node.put("column", reported.location().column());
        node.put("endLine", reported.location().endLine());
        node.put("endColumn", reported.location().endColumn());
        node.put("text", reported.text());
        if (reported.segment() != null) {
            node.put("segment", reported.segment());
        }
        if (reported.source() != null) {
            node.put("sourceStart", reported.source().start());
            node.put("sourceEnd", reported.source().end());
            node.put("sourceText", reported.source().text());
        }
        ArrayNode suggestions = node.putArray("suggestions");
        issue.suggestions().forEach(suggestions::add);
        node.put("fingerprint", reported.fingerprint());
        return node;
    }

    static ObjectNode summary(Summary summary) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("files", summary.files());
        node.put("words", summary.words());
        node.put("issues", summary.issues());
        ObjectNode bySeverity = node.putObject("bySeverity");
        for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL)) {
            if (summary.count(s) > 0) {
                bySeverity.put(s.id(), summary.count(s));
            }
        }
        putScore(node, summary.score());
        if (summary.suppressed() > 0) {
            node.put("suppressed", summary.suppressed());
        }
        if (summary.baselineUnmatched() > 0) {
            node.put("baselineUnmatched", summary.baselineUnmatched());
        }
        return node;
    }

    private static void putScore(ObjectNode node, MqmScore score) {
        node.put("penalty", Numbers.round2(score.penalty()));
        node.put("normedPenalty", Numbers.round2(score.normedPenalty()));
        node.put("score", Numbers.round2(score.score()));
        node.put("passed", score.passed());
    }
}
