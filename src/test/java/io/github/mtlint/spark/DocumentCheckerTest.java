package io.github.mtlint.spark;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Location;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.Summary;
import io.github.mtlint.score.MqmScorer;
import io.github.mtlint.score.ScoringModel;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the engine's report of one document becomes a row: findings, score, and errors that never fail the task. */
class DocumentCheckerTest {

    private static final MqmScorer SCORER = new MqmScorer(ScoringModel.standard());

    @Test
    void aDocumentWhoseAnalysisFailedIsAnInternalErrorRow() {
        Report report = report(List.of(), List.of(ProcessingError.internal("doc-1", "analysis failed: StackOverflowError")));
        Row row = DocumentChecker.checkedRow("doc-1", "batch-7", report);
        assertEquals("doc-1", field(row, Schemas.CHECKED, Schemas.ID));
        assertEquals("batch-7", field(row, Schemas.CHECKED, Schemas.GROUP));
        assertEquals("analysis failed: StackOverflowError", field(row, Schemas.CHECKED, Schemas.ERROR));
        assertEquals(Schemas.ERROR_KIND_INTERNAL, field(row, Schemas.CHECKED, Schemas.ERROR_KIND));
        assertNull(field(row, Schemas.CHECKED, "words"));
        assertNull(field(row, Schemas.CHECKED, "score"));
        assertEquals(0, ((scala.collection.Seq<?>) field(row, Schemas.CHECKED, Schemas.FINDINGS)).size());
    }

    @Test
    void aRuleThatFailedLeavesTheOtherRulesFindingsAndTheError() {
        Issue issue = new Issue("repetition.doubled-word", Category.parse("Fluency/Grammar"), Severity.MINOR,
                "'the' is doubled.", new Span(4, 11), List.of("the"));
        ReportedIssue reported = new ReportedIssue(issue, new Location(1, 5, 1, 12), 4, 11, "the the", "f1");
        DocumentResult document = new DocumentResult("doc-2", "See the the text.", 4, SCORER.score(List.of(issue), 4),
                List.of(reported), List.of(new Span(0, 17)), 0);
        Report report = report(List.of(document), List.of(ProcessingError.internal("doc-2", "rule x.y failed: boom")));
        Row row = DocumentChecker.checkedRow("doc-2", "", report);
        assertEquals(4, field(row, Schemas.CHECKED, "words"));
        assertEquals(SCORER.score(List.of(issue), 4).score(), field(row, Schemas.CHECKED, "score"));
        assertEquals("rule x.y failed: boom", field(row, Schemas.CHECKED, Schemas.ERROR));
        Row finding = (Row) ((scala.collection.Seq<?>) field(row, Schemas.CHECKED, Schemas.FINDINGS)).apply(0);
        assertEquals("repetition.doubled-word", field(finding, Schemas.FINDING, "rule"));
        assertEquals("Fluency/Grammar", field(finding, Schemas.FINDING, "category"));
        assertEquals("minor", field(finding, Schemas.FINDING, "severity"));
        assertEquals(12, field(finding, Schemas.FINDING, "endColumn"));
        assertEquals("the", ((scala.collection.Seq<?>) field(finding, Schemas.FINDING, "suggestions")).apply(0));
    }

    @Test
    void aCleanDocumentHasNoError() {
        DocumentResult document = new DocumentResult("doc-3", "Fine.", 1, SCORER.score(List.of(), 1), List.of(),
                List.of(new Span(0, 5)), 0);
        Row row = DocumentChecker.checkedRow("doc-3", "", report(List.of(document), List.of()));
        assertNull(field(row, Schemas.CHECKED, Schemas.ERROR));
        assertNull(field(row, Schemas.CHECKED, Schemas.ERROR_KIND));
        assertEquals(100.0, field(row, Schemas.CHECKED, "score"));
    }

    /** Rows made by the checker carry no schema; their fields are in the schema's order. */
    private static Object field(Row row, org.apache.spark.sql.types.StructType schema, String name) {
        return row.get(schema.fieldIndex(name));
    }

    private static Report report(List<DocumentResult> documents, List<ProcessingError> errors) {
        Summary summary = new Summary(documents.size(), 0, 0, Map.of(), SCORER.score(0, 0, false), 0);
        return new Report("test", ScoringModel.standard(), documents, errors, summary, new TreeMap<>());
    }
}
