package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.text.PairedText;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts given in memory (the server's, the Spark job's) are held to the limits a file is: one over the size limit is
 * refused with an input error, and the others are still checked.
 */
class InMemoryTextLimitsTest {

    @Test
    void aTextOverTheSizeLimitIsRefusedAndTheOthersChecked() {
        Linter linter = Fixtures.linter().withMaxDocumentBytes(2_000);
        Report report = linter.lintPairs(List.of(
                PairedText.alone(SourceText.of("long.txt", "The talks went well. ".repeat(100))),
                PairedText.alone(SourceText.of("short.txt", "It was fruitful and fruitful.\n"))));
        assertEquals(List.of("short.txt"), report.documents().stream().map(DocumentResult::path).toList());
        assertFalse(report.documents().get(0).issues().isEmpty());
        assertEquals(1, report.errors().size(), report.errors().toString());
        ProcessingError refused = report.errors().get(0);
        assertEquals("long.txt", refused.path());
        assertFalse(refused.internal());
        assertTrue(refused.message().contains("over the limit of 0.002 MB for one document"), refused.message());
    }

    @Test
    void withoutALimitALongTextIsChecked() {
        Linter linter = Fixtures.linter().withMaxDocumentBytes(0);
        Report report = linter.lintTexts(List.of(SourceText.of("long.txt", "The talks went well. ".repeat(100))));
        assertEquals(1, report.documents().size());
        assertTrue(report.errors().isEmpty(), report.errors().toString());
    }
}
