package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One error, one finding, from the rule that names it best and whose suggestion mends all of it: a doubled mark with
 * a space before it is no stray space besides. Different errors on overlapping words stay two findings.
 */
class OneFindingPerErrorTest {

    private static final Linter LINTER = Fixtures.linter();

    private static List<String> findings(String text) {
        return LINTER.lintTexts(List.of(SourceText.of("a.txt", text))).documents().get(0).issues().stream()
                .map(ReportedIssue::issue)
                .map(issue -> issue.ruleId() + " '" + text.substring(issue.span().start(), issue.span().end()) + "' -> "
                        + issue.suggestions())
                .toList();
    }

    @Test
    void aDoubledFullStopWithASpaceBeforeItIsOneFinding() {
        assertEquals(List.of("punctuation.doubled-mark ' . .' -> [.]"),
                findings("The talks reflect the great responsibility of the leaders to lead the times . .\n"));
        assertEquals(List.of("punctuation.doubled-mark '. .' -> [.]"),
                findings("The talks reflect the great responsibility of the leaders to lead the times. .\n"));
    }

    @Test
    void aDoubledCommaWithASpaceBeforeItIsOneFindingWhoseSuggestionTakesTheSpaceToo() {
        assertEquals(List.of("punctuation.doubled-mark ' , ,' -> [,]"), findings("Trade , , investment and tourism grew.\n"));
        assertEquals(List.of("punctuation.doubled-mark ' ; ;' -> [;]"),
                findings("Trade grew ; ; investment and tourism grew too.\n"));
    }

    @Test
    void aStrayMarkOpeningASentenceIsStillReportedBesideTheSpaceBeforeIt() {
        List<String> found = findings("The talks ended. ; The minister left.\n");
        assertTrue(found.stream().anyMatch(f -> f.startsWith("lt.UNLIKELY_OPENING_PUNCTUATION")), found.toString());
    }

    @Test
    void aDoubledWordTouchingALiteralRenderingIsAnotherError() {
        List<String> found = findings("It supports precise and precise poverty alleviation.\n");
        assertTrue(found.stream().anyMatch(f -> f.startsWith("repetition.coordinated-duplicate")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("calque.term")), found.toString());
    }

    @Test
    void aLiteralRenderingThatDoublesAWordIsOneFinding() {
        assertEquals(List.of("calque.term 'National Health and Health Commission' -> [National Health Commission]"),
                findings("The National Health and Health Commission reported no new cases.\n"));
    }

    @Test
    void aQuotationWithSpacesInsideAndAfterItIsOneFindingWhoseSuggestionMendsBoth() {
        assertEquals(List.of("punctuation.spaced-quotes '\" more breathable\" ,' -> [\"more breathable\",]"),
                findings("The fabric is \" more breathable\" , which improves comfort.\n"));
        assertEquals(List.of("punctuation.spaced-quotes '\" Now is not the time \" .' -> [\"Now is not the time\".]"),
                findings("He said \" Now is not the time \" . Then he left.\n"));
    }
}
