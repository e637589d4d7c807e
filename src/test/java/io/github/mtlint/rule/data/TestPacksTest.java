package io.github.mtlint.rule.data;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.engine.ExampleRunner;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleExample;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pack kinds no shipped pack uses, {@code consistency} and {@code occurrence}, through the test packs in
 * src/test/resources/packs: they load, their examples hold, and their variables reach the messages.
 */
class TestPacksTest {

    private static final Path PACKS = Path.of("src/test/resources/packs");

    private static List<Rule> packs() throws RuleFileException {
        return new RuleFileLoader().loadPacks(PACKS, "test packs");
    }

    @TestFactory
    List<DynamicTest> everyExampleOfTheTestPacks() throws RuleFileException {
        List<Rule> rules = packs();
        // a test pack that disappears fails here instead of leaving a kind untested
        assertEquals(Set.of("consistency", "occurrence"), rules.stream().map(r -> r.meta().kind()).collect(Collectors.toSet()));
        assertEquals(3, rules.size(), rules.stream().map(Rule::id).toList().toString());
        ExampleRunner runner = new ExampleRunner(Fixtures.analyzer(), Fixtures.settings());
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules) {
            for (RuleExample example : rule.meta().examples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example.display(), () -> {
                    List<String> problems = runner.check(rule, example);
                    assertTrue(problems.isEmpty(), String.join("\n", problems));
                }));
            }
        }
        return tests;
    }

    @Test
    void consistencySuggestsTheFormUsedFirst() throws RuleFileException {
        List<Issue> issues = tester("house.email-spelling").findings("An e-mail came. Then an email and another Email.");
        assertEquals(List.of("email"), issues.stream().map(i -> i.span()).map(s -> "An e-mail came. Then an email and another Email."
                .substring(s.start(), s.end())).toList(), "matching is case-sensitive unless ignorecase: true");
        assertEquals(List.of("e-mail"), issues.get(0).suggestions());
        assertEquals("'email' is written 'e-mail' earlier in this document; keep one form.", issues.get(0).message());
    }

    @Test
    void occurrenceReportsTheCountAndTheLimit() throws RuleFileException {
        String sentence = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                + "seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six.";
        List<Issue> issues = tester("house.long-sentence").findings(sentence);
        assertEquals(1, issues.size());
        assertEquals("This sentence has 26 words (at most 25).", issues.get(0).message());
        assertEquals(List.of(), tester("house.long-sentence").findings(sentence.replace(" twenty-six", "")));
    }

    private static RuleTester tester(String id) throws RuleFileException {
        return RuleTester.of(packs().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
    }
}
