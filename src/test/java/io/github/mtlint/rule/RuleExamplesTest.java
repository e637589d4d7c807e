package io.github.mtlint.rule;

import io.github.mtlint.model.RuleExample;
import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.engine.ExampleRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example of every rule (packs and Java rules): [[…]] marks what must be flagged, nothing else may be. */
class RuleExamplesTest {

    @TestFactory
    List<DynamicTest> everyExampleOfEveryRule() {
        ExampleRunner runner = new ExampleRunner(Fixtures.analyzer(), Fixtures.sourceAnalyzer(), Fixtures.settings());
        List<DynamicTest> tests = new ArrayList<>();
        // with the bundled news glossary, which the glossary rules' examples use (the other rules do not see it)
        for (Rule rule : Fixtures.allRulesWithNewsGlossary().rules()) {
            if (rule.id().startsWith("lt.")) {
                continue;
            }
            assertFalse(rule.meta().examples().isEmpty(), rule.id() + " has no examples");
            assertTrue(rule.meta().examples().stream().anyMatch(RuleExample::isFlagged), rule.id() + " has no flagged example");
            assertTrue(rule.meta().examples().stream().anyMatch(e -> !e.isFlagged()), rule.id() + " has no clean example");
            int n = 0;
            for (RuleExample example : rule.meta().examples()) {
                String name = rule.id() + " #" + (++n) + ": " + example.display();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    List<String> problems = runner.check(rule, example);
                    assertTrue(problems.isEmpty(), String.join("\n", problems));
                }));
            }
        }
        return tests;
    }
}
