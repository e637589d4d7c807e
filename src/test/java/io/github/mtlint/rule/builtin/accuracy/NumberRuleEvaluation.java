package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.LineIndex;
import io.github.mtlint.rule.IssueCollector;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.data.RuleFileLoader;
import io.github.mtlint.text.DatelineDetector;
import io.github.mtlint.text.SourceAnalyzer;
import io.github.mtlint.text.SourcePairing;
import io.github.mtlint.text.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs accuracy.number alone over a folder of NAME.txt + NAME.zh.txt pairs and writes a JSON report the MQM
 * scorer reads, in seconds rather than the minutes of a full check: for tuning the rule, not a test.
 * Findings of the "missing" message are reported under {@code accuracy.number/missing}, so that the scorer's
 * per-rule figures show both kinds. Usage: NumberRuleEvaluation DIR OUT.json
 */
public final class NumberRuleEvaluation {

    private NumberRuleEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        RuleSpec spec = new RuleFileLoader().loadJavaRuleSpecs(Path.of("rules/builtin"), "rules/builtin").get("accuracy.number");
        NumberRule rule = new NumberRule(spec);
        SourcePairing pairing = new SourcePairing(SourceAnalyzer.NONE);
        DatelineDetector datelines = new DatelineDetector(new RuleFileLoader().loadSharedData(Path.of("rules/shared.yml"), "rules/shared.yml").months(), List.of());
        RuleSettings settings = RuleSettings.defaults(LocalDate.now());
        StringBuilder json = new StringBuilder("{\"files\": [\n");
        List<Path> targets;
        try (Stream<Path> files = Files.list(dir)) {
            targets = files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".zh.txt")).sorted().toList();
        }
        boolean first = true;
        for (Path target : targets) {
            Path source = Path.of(target.toString().replaceAll("\\.txt$", ".zh.txt"));
            if (!Files.exists(source)) {
                continue;
            }
            String text = read(target);
            Document document = new Document(target.toString(), text, LineIndex.of(text), List.of(),
                    datelines.detect(text).orElse(null), null, Map.of());
            document = pairing.pair(document, SourceText.of(source.toString(), read(source)), "zh");
            IssueCollector collector = new IssueCollector(rule.meta(), document, settings);
            rule.check(document, collector);
            json.append(first ? "" : ",\n").append("{\"path\": \"").append(target.getFileName()).append("\", \"issues\": [");
            first = false;
            boolean firstIssue = true;
            for (Issue issue : collector.issues()) {
                String id = issue.severity().id().equals("minor") ? "accuracy.number/missing" : "accuracy.number";
                json.append(firstIssue ? "" : ",\n  ").append("{\"rule\": \"").append(id).append("\", \"severity\": \"")
                        .append(issue.severity().id()).append("\", \"start\": ").append(text.codePointCount(0, issue.span().start()))
                        .append(", \"end\": ").append(text.codePointCount(0, issue.span().end()))
                        .append(", \"text\": \"").append(escape(text.substring(issue.span().start(), issue.span().end())))
                        .append("\", \"message\": \"").append(escape(issue.message())).append("\"}");
                firstIssue = false;
            }
            json.append("]}");
        }
        json.append("\n]}\n");
        Files.writeString(Path.of(args[1]), json.toString(), StandardCharsets.UTF_8);
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
