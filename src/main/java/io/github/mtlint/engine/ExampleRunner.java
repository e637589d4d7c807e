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
import io.github.mtlint.text.BilingualDocument;
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
                } else if (marked.startsWith("]]", i) && start >= 0
                        && !(marked.startsWith("]]]", i) && opensABracket(text, start))) {
                    expected.add(new Span(start, text.length()));
                    start = -1;
                    i++;
                } else {
                    text.append(marked.charAt(i));
                }
            }
            return new Example(text.toString(), expected);
        }

        /**
         * Whether the marked text so far leaves a bracket open: then in {@code ]]]} the first {@code ]} closes it and
         * the last two end the mark ({@code [[[Print] [Close]]]} marks "[Print] [Close]").
         */
        private static boolean opensABracket(CharSequence text, int markStart) {
            int depth = 0;
            for (int i = markStart; i < text.length(); i++) {
                char c = text.charAt(i);
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            }
            return depth > 0;
        }
    }

    /** What went wrong with one example; empty when it passed. */
    public List<String> check(Rule rule, String markedExample) {
        return check(rule, RuleExample.of(markedExample));
    }

    /**
     * What went wrong with one example, monolingual or with its source; empty when it passed. Each {@code [[…]]} must
     * be exactly the span of one finding, and every finding must be marked: a rule that flags a whole sentence does
     * not pass an example that marks three words of it, nor one that marks a single finding where it reports two. A
     * rule that throws fails this example only, with the exception as the problem.
     */
    public List<String> check(Rule rule, RuleExample ruleExample) {
        Example example = example(ruleExample);
        Document document;
        List<Issue> issues;
        try {
            document = document(example, ruleExample);
            issues = issues(rule, document);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of("the rule threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        List<Issue> unmatched = new ArrayList<>(issues);
        List<Span> missing = new ArrayList<>();
        for (Span expected : example.expected()) {
            Issue exact = unmatched.stream().filter(i -> i.span().equals(expected)).findFirst().orElse(null);
            if (exact != null) {
                unmatched.remove(exact);
            } else {
                missing.add(expected);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Span expected : missing) {
            problems.add("expected a finding on exactly '" + document.text(expected) + "' at " + expected.start() + "-" + expected.end());
        }
        for (Issue issue : unmatched) {
            problems.add("unexpected finding on '" + document.text(issue.span()) + "' at " + issue.span().start() + "-"
                    + issue.span().end() + ": " + issue.message());
        }
        if (!problems.isEmpty() && issues.size() != example.expected().size()) {
            problems.add(0, example.expected().size() + " marked, " + issues.size() + " found");
        }
        return problems;
    }

    /** The rule's issues on an example (its [[marks]] removed), monolingual or with its source. */
    public List<Issue> issues(Rule rule, RuleExample ruleExample) {
        return issues(rule, document(example(ruleExample), ruleExample));
    }

    /**
     * The example's text and marks; in inline markup, markers stay text when the markup is read, so they mark the text
     * without its codes.
     */
    private static Example example(RuleExample ruleExample) {
        return Example.parse(ruleExample.inline() ? BilingualDocument.inlineText(ruleExample.target()) : ruleExample.target());
    }

    private Document document(Example example, RuleExample ruleExample) {
        if (ruleExample.inline()) {
            BilingualDocument pair = BilingualDocument.ofInline("example", ruleExample.source(),
                    ruleExample.target().replace("[[", "").replace("]]", ""), EXAMPLE_SOURCE_LANGUAGE);
            return pairing.pair(analyzer.analyze(pair.target()), pair);
        }
        Document document = analyzer.analyze(SourceText.of("example", example.text()));
        if (ruleExample.hasSource()) {
            document = pairing.pair(document, SourceText.of("example.source", ruleExample.source()), EXAMPLE_SOURCE_LANGUAGE);
        }
        return document;
    }

    private List<Issue> issues(Rule rule, Document document) {
        IssueCollector collector = new IssueCollector(rule.meta(), document, settings);
        rule.check(document, collector);
        return collector.issues().stream().filter(i -> i.ruleId().equals(rule.id())).toList();
    }
}
