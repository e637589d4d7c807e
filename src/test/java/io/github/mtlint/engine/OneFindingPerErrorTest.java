package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One error, one finding, from the rule that names it best: a space before a closing bracket after a full stop is no
 * sentence that opens with a bracket, a doubled full stop with a space before it is no stray space, and a doubled
 * word inside a literal rendering of a name is that rendering.
 */
class OneFindingPerErrorTest {

    private static final Linter LINTER = Fixtures.linter();

    private static List<String> rules(String text) {
        return LINTER.lintTexts(List.of(SourceText.of("a.txt", text))).documents().get(0).issues().stream()
                .map(ReportedIssue::issue).map(issue -> issue.ruleId() + " " + text.substring(issue.span().start(), issue.span().end()))
                .toList();
    }

    @Test
    void aSpaceBeforeAClosingBracketAfterAFullStopIsOneFinding() {
        assertEquals(List.of("punctuation.space-before  )"),
                rules("The office answered 12 calls (about hotels and the matters related to testing. )\n"));
    }

    @Test
    void aDoubledFullStopWithASpaceBeforeItIsOneFinding() {
        assertEquals(List.of("punctuation.doubled-mark  . ."),
                rules("The talks reflect the great responsibility of the leaders to lead the times . .\n"));
    }

    @Test
    void aDoubledWordInsideALiteralRenderingOfANameIsThatRendering() {
        assertEquals(List.of("calque.term National Health and Health Commission"),
                rules("The National Health and Health Commission reported the figures.\n"));
    }
}
