package io.github.mtlint.testing;

import io.github.mtlint.model.RuleExample;
import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.engine.ExampleRunner;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Issue;
import io.github.mtlint.rule.IssueCollector;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.text.SourceText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks one rule on marked text: {@code flags("A [[colour]] and color")} asserts the rule reports the
 * marked spans and nothing else; {@code clean("...")} asserts it reports nothing.
 */
public final class RuleTester {

    private final Rule rule;
    private RuleSettings settings = Fixtures.settings();

    private RuleTester(Rule rule) {
        this.rule = rule;
    }

    public static RuleTester of(String ruleId) {
        return new RuleTester(Fixtures.rule(ruleId));
    }

    /** A rule built by the test (a test pack, or a rule with its own glossary) rather than the bundled one. */
    public static RuleTester of(Rule rule) {
        return new RuleTester(rule);
    }

    public RuleTester on(LocalDate date) {
        settings = new RuleSettings(date, settings.today(), settings.variant(), Map.of());
        return this;
    }

    public RuleTester variant(EnglishVariant variant) {
        settings = new RuleSettings(settings.date(), settings.today(), variant, Map.of());
        return this;
    }

    /** Asserts the rule flags exactly the [[marked]] spans. */
    public RuleTester flags(String marked) {
        return flags(RuleExample.of(marked));
    }

    /** Asserts the rule flags exactly the [[marked]] spans of a translation of {@code source}. */
    public RuleTester flags(String source, String marked) {
        return flags(new RuleExample(marked, source));
    }

    /** Asserts the rule flags nothing in a translation of {@code source}. */
    public RuleTester clean(String source, String target) {
        assertTrue(!target.contains("[["), "clean() takes unmarked text");
        return flags(new RuleExample(target, source));
    }

    /** Asserts the rule flags exactly the [[marked]] spans of a segment of a bilingual file, both sides in XLIFF 2 markup. */
    public RuleTester flagsSegment(String sourceMarkup, String markedTargetMarkup) {
        return flags(new RuleExample(markedTargetMarkup, sourceMarkup, true));
    }

    /** Asserts the rule flags nothing in a segment of a bilingual file, both sides in XLIFF 2 inline markup. */
    public RuleTester cleanSegment(String sourceMarkup, String targetMarkup) {
        assertTrue(!targetMarkup.contains("[["), "cleanSegment() takes unmarked text");
        return flags(new RuleExample(targetMarkup, sourceMarkup, true));
    }

    /** The rule's findings on a segment of a bilingual file, both sides in XLIFF 2 inline markup. */
    public List<Issue> segmentFindings(String sourceMarkup, String targetMarkup) {
        io.github.mtlint.text.BilingualDocument pair = io.github.mtlint.text.BilingualDocument.ofInline("test", sourceMarkup,
                targetMarkup, "zh");
        Document document = new io.github.mtlint.text.SourcePairing(Fixtures.sourceAnalyzer())
                .pair(Fixtures.analyzer().analyze(pair.target()), pair);
        IssueCollector collector = new IssueCollector(rule.meta(), document, settings);
        rule.check(document, collector);
        return collector.issues();
    }

    private RuleTester flags(RuleExample example) {
        List<String> problems = new ExampleRunner(Fixtures.analyzer(), Fixtures.sourceAnalyzer(), settings).check(rule, example);
        assertTrue(problems.isEmpty(), rule.id() + " on: " + example.display() + "\n  " + String.join("\n  ", problems));
        return this;
    }

    /** Asserts the rule flags nothing. */
    public RuleTester clean(String text) {
        assertTrue(!text.contains("[["), "clean() takes unmarked text");
        return flags(text);
    }

    /** The rule's findings on the text, for assertions on messages and suggestions. */
    public List<Issue> findings(String text) {
        Document document = Fixtures.analyzer().analyze(SourceText.of("test", text));
        IssueCollector collector = new IssueCollector(rule.meta(), document, settings);
        rule.check(document, collector);
        return collector.issues();
    }

    /** The rule's findings on a translation of {@code source}. */
    public List<Issue> findings(String source, String target) {
        return new ExampleRunner(Fixtures.analyzer(), Fixtures.sourceAnalyzer(), settings).issues(rule, new RuleExample(target, source));
    }

    /** Asserts the only finding on the text suggests the replacement. */
    public RuleTester suggests(String text, String replacement) {
        List<Issue> issues = findings(text);
        assertEquals(1, issues.size(), "findings on: " + text + " -> " + issues);
        assertTrue(issues.get(0).suggestions().contains(replacement),
                "expected suggestion '" + replacement + "' but got " + issues.get(0).suggestions());
        return this;
    }
}
