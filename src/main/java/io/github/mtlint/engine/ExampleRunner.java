package io.github.mtlint.engine;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleExample;
import io.github.mtlint.text.SourceAnalyzer;
import io.github.mtlint.text.SourcePairing;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.IssueCollector;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.text.Analyzer;
import io.github.mtlint.text.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule's own examples: {@code [[…]]} marks each finding the rule must report there, and the rule must
 * report nothing else. Used by the test suite and by {@code mtlint rules --test} for users' packs.
 */
public final class ExampleRunner {

    /** Examples give no language for their source: they are Chinese, the language mtlint's accuracy rules know. */
    private static final String EXAMPLE_SOURCE_LANGUAGE = "zh";

    private final Analyzer analyzer;
    private final RuleSettings settings;
    private final SourcePairing pairing;

    public ExampleRunner(Analyzer analyzer, RuleSettings settings) {
        this(analyzer, SourceAnalyzer.NONE, settings);
    }

    public ExampleRunner(Analyzer analyzer, SourceAnalyzer sourceAnalyzer, RuleSettings settings) {
        this.analyzer = analyzer;
        this.settings = settings;
        this.pairing = new SourcePairing(sourceAnalyzer);
    }

    /** An example with its markers removed and the spans they marked. */
    public record Example(String text, List<Span> expected) {

        public static Example parse(String marked) {
            StringBuilder text = new StringBuilder();
            List<Span> expected = new ArrayList<>();
            int start = -1;
            for (int i = 0; i < marked.length(); i++) {
                if (marked.startsWith("[[", i)) {
                    start = text.length();
                    i++;
                } else if (marked.startsWith("]]", i) && start >= 0) {
                    expected.add(new Span(start, text.length()));
                    start = -1;
                    i++;
                } else {
                    text.append(marked.charAt(i));
                }
            }
            return new Example(text.toString(), expected);
        }
    }

    /** What went wrong with one example; empty when it passed. */
    public List<String> check(Rule rule, String markedExample) {
        return check(rule, RuleExample.of(markedExample));
    }

    /** What went wrong with one example, monolingual or with its source; empty when it passed. */
    public List<String> check(Rule rule, RuleExample ruleExample) {
        Example example = Example.parse(ruleExample.target());
        Document document = document(example, ruleExample);
        List<Issue> issues = findings(rule, document);
        List<String> problems = new ArrayList<>();
        for (Span expected : example.expected()) {
            if (issues.stream().noneMatch(i -> i.span().overlaps(expected))) {
                problems.add("expected a finding on '" + document.text(expected) + "' at " + expected.start());
            }
        }
        for (Issue issue : issues) {
            if (example.expected().stream().noneMatch(e -> e.overlaps(issue.span()))) {
                problems.add("unexpected finding on '" + document.text(issue.span()) + "' at " + issue.span().start()
                        + ": " + issue.message());
            }
        }
        return problems;
    }

    /** The rule's findings on an example (its [[marks]] removed), monolingual or with its source. */
    public List<Issue> findings(Rule rule, RuleExample ruleExample) {
        return findings(rule, document(Example.parse(ruleExample.target()), ruleExample));
    }

    private Document document(Example example, RuleExample ruleExample) {
        Document document = analyzer.analyze(SourceText.of("example", example.text()));
        if (ruleExample.hasSource()) {
            document = pairing.pair(document, SourceText.of("example.source", ruleExample.source()), EXAMPLE_SOURCE_LANGUAGE);
        }
        return document;
    }

    private List<Issue> findings(Rule rule, Document document) {
        IssueCollector collector = new IssueCollector(rule.meta(), document, settings);
        rule.check(document, collector);
        return collector.issues().stream().filter(i -> i.ruleId().equals(rule.id())).toList();
    }
}
