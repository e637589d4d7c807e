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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A group's summary added up a partition at a time equals the one of all its documents together. */
class GroupTotalsTest {

    private static final ScoringModel MODEL = ScoringModel.standard();
    private static final MqmScorer SCORER = new MqmScorer(MODEL);

    @Test
    void partitionsMergeIntoOneSummaryPerGroupWithTheDocumentsWithoutAGroupFirst() {
        Row clean = checked("a.txt", "sys-B", 120, List.of());
        Row flawed = checked("b.txt", "sys-B", 40, List.of(issue(Severity.MAJOR, "Accuracy/Mistranslation"),
                issue(Severity.MINOR, "Fluency/Grammar"), issue(Severity.MINOR, "Fluency/Grammar")));
        Row other = checked("c.txt", "sys-A", 10, List.of(issue(Severity.MINOR, "Fluency/Spelling")));
        Row failed = DocumentChecker.checkedRow("d.txt", "sys-B", report(List.of(),
                List.of(ProcessingError.internal("d.txt", "analysis failed"))));
        Row malformed = DocumentChecker.checkedRow("e.txt", null, report(List.of(),
                List.of(ProcessingError.input("e.txt", "not valid JSON"))));

        List<Map<String, GroupTotals>> partitions = new ArrayList<>();
        GroupTotals.ofPartition(Arrays.asList(clean, other).iterator()).forEachRemaining(partitions::add);
        GroupTotals.ofPartition(Arrays.asList(malformed, flawed, failed).iterator()).forEachRemaining(partitions::add);
        GroupTotals.ofPartition(List.<Row>of().iterator()).forEachRemaining(partitions::add);
        List<GroupSummary> summaries = GroupTotals.summaries(partitions, MODEL);

        assertEquals(Arrays.asList(null, "sys-A", "sys-B"), summaries.stream().map(GroupSummary::group).toList());
        GroupSummary none = summaries.get(0);
        assertEquals(1, none.documents());
        assertEquals(0, none.checked());
        assertEquals(1, none.malformed());
        assertEquals(0, none.findings());

        GroupSummary b = summaries.get(2);
        assertEquals(3, b.documents());
        assertEquals(2, b.checked());
        assertEquals(160, b.words());
        assertEquals(1, b.errors());
        assertEquals(0, b.malformed());
        assertEquals(3, b.findings());
        assertEquals(Map.of("major", 1L, "minor", 2L), b.bySeverity());
        assertEquals(Map.of("Accuracy/Mistranslation", 1L, "Fluency/Grammar", 2L), b.byCategory());
        double penalty = SCORER.score(List.of(issue(Severity.MAJOR, "Accuracy/Mistranslation"),
                issue(Severity.MINOR, "Fluency/Grammar"), issue(Severity.MINOR, "Fluency/Grammar")), 40).penalty();
        assertEquals(penalty, b.penalty(), 1e-9);
        assertEquals(SCORER.score(penalty, 160, false).score(), b.score().score(), 1e-9);
        assertEquals(1, b.failing(), "the flawed document is below the pass mark, the failed one is not scored");
        assertNull(summaries.get(0).group());
    }

    private static Issue issue(Severity severity, String category) {
        return new Issue("test.rule", Category.parse(category), severity, "m", new Span(0, 1), List.of());
    }

    private static Row checked(String id, String group, int words, List<Issue> issues) {
        List<ReportedIssue> reported = issues.stream()
                .map(i -> new ReportedIssue(i, new Location(1, 1, 1, 2), 0, 1, "x", "f")).toList();
        DocumentResult document = new DocumentResult(id, "x", words, SCORER.score(issues, words), reported,
                List.of(new Span(0, 1)), 0);
        return DocumentChecker.checkedRow(id, group, report(List.of(document), List.of()));
    }

    private static Report report(List<DocumentResult> documents, List<ProcessingError> errors) {
        Summary summary = new Summary(documents.size(), 0, 0, Map.of(), SCORER.score(0, 0, false), 0);
        return new Report("test", MODEL, documents, errors, summary, new TreeMap<>());
    }
}
