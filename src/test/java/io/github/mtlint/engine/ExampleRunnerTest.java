package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleExample;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Examples are exact: a mark is one finding's span, every finding is marked, and a rule that throws fails one example. */
class ExampleRunnerTest {

    private final ExampleRunner runner = new ExampleRunner(Fixtures.analyzer(), Fixtures.settings());

    /** A rule that flags what {@code find} returns for the text. */
    private static Rule flagging(Function<String, List<Span>> find) {
        RuleMeta meta = new RuleMeta("test.rule", "java", Category.FLUENCY_GRAMMAR, Severity.MINOR, "a test rule",
                Map.of(RuleMeta.DEFAULT_MESSAGE, "flagged"), "test", "", List.of(RuleExample.of("[[x]]")), List.of(), true);
        return new BaseRule(meta) {
            @Override
            public void check(Document document, RuleContext context) {
                find.apply(document.text()).forEach(span -> context.flag(span).report());
            }
        };
    }

    private static Span of(String text, String part) {
        int start = text.indexOf(part);
        return new Span(start, start + part.length());
    }

    @Test
    void aFindingOnTheWholeSentenceDoesNotPassAMarkOnThreeWords() {
        Rule wholeSentence = flagging(text -> List.of(new Span(0, text.length())));
        List<String> problems = runner.check(wholeSentence, "The talks were [[fruitful and fruitful]].");
        assertEquals(List.of("expected a finding on exactly 'fruitful and fruitful' at 15-36",
                "unexpected finding on 'The talks were fruitful and fruitful.' at 0-37: flagged"), problems);
    }

    @Test
    void theNumberOfFindingsMustBeTheNumberOfMarks() {
        Rule twice = flagging(text -> List.of(of(text, "fruitful"), of(text, "fruitful")));
        List<String> problems = runner.check(twice, "The talks were [[fruitful]] and productive.");
        assertEquals(List.of("1 marked, 2 found", "unexpected finding on 'fruitful' at 15-23: flagged"), problems);
        assertEquals(List.of(), runner.check(flagging(text -> List.of(of(text, "fruitful"))), "The talks were [[fruitful]] and productive."));
    }

    @Test
    void anExactMatchPassesAndAnUnmarkedExampleMustYieldNothing() {
        Rule doubled = flagging(text -> text.contains("the the") ? List.of(of(text, "the the")) : List.of());
        assertEquals(List.of(), runner.check(doubled, "He met [[the the]] minister."));
        assertEquals(List.of(), runner.check(doubled, "He met the minister."));
        assertEquals(List.of("0 marked, 1 found", "unexpected finding on 'the the' at 7-14: flagged"),
                runner.check(doubled, "He met the the minister."));
    }

    @Test
    void aRuleThatThrowsFailsThatExampleOnly() {
        Rule fragile = flagging(text -> {
            if (text.contains("boom")) {
                throw new IllegalStateException("cannot read 'boom'");
            }
            return List.of();
        });
        assertEquals(List.of("the rule threw IllegalStateException: cannot read 'boom'"), runner.check(fragile, "It went boom."));
        assertEquals(List.of(), runner.check(fragile, "It went well."));
    }

    @Test
    void aMarkMayEndWithABracketOfTheText() {
        ExampleRunner.Example example = ExampleRunner.Example.parse("[[[Print] [Close]]] and [[this]]]");
        assertEquals("[Print] [Close] and this]", example.text());
        assertEquals(List.of(new Span(0, 15), new Span(20, 24)), example.expected());
        assertTrue(ExampleRunner.Example.parse("no marks").expected().isEmpty());
    }
}
