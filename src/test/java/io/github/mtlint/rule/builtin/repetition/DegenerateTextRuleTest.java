package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.Report;
import io.github.mtlint.testing.RuleTester;
import io.github.mtlint.text.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DegenerateTextRuleTest {

    private final RuleTester rule = RuleTester.of("repetition.degenerate");

    @Test
    void flagsOneRunOfAWordRepeatedAcrossSentences() {
        rule.flags("Officials met. [[" + "Thank you. ".repeat(29) + "Thank you]].");
        assertEquals(Severity.CRITICAL, rule.findings("the ".repeat(100)).get(0).severity());
        assertEquals(1, rule.findings("the ".repeat(100)).size());
    }

    @Test
    void leavesShortRepeatsAndLoopsOfLongerUnitsToOtherRules() {
        rule.clean("the ".repeat(39));
        rule.clean("the development of the region ".repeat(12));
    }

    /** 20,000 times "the" scored 99.7 and passed: one finding in 20,000 words barely moved the score. */
    @Test
    void aDocumentOfOneWordRepeatedFails(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("the.txt"), "the ".repeat(20_000).strip() + "\n");
        Report report = Fixtures.linter().lint(List.of(new Input.FileInput(file, "the.txt")), new ByteArrayInputStream(new byte[0]));
        assertFalse(report.documents().get(0).score().passed());
        assertEquals(1, report.documents().get(0).issues().stream().filter(i -> i.issue().ruleId().startsWith("repetition.")).count());
    }
}
