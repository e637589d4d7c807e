package io.github.mtlint.report;

import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.score.ScoringModel;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of a run: documents in input order with their issues in a total order, errors, totals, and
 * the metadata of every rule that fired (for SARIF and HTML explanations).
 */
public record Report(String toolVersion, ScoringModel scoring, List<DocumentResult> documents,
                     List<ProcessingError> errors, Summary summary, SortedMap<String, RuleMeta> rules) {

    public Report {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
        rules = new TreeMap<>(rules);
    }

    /** The report of a run whose documents were streamed: its header, the documents kept, and its totals. */
    public static Report of(RunHeader header, List<DocumentResult> documents, RunTotals totals) {
        return new Report(header.toolVersion(), header.scoring(), documents, totals.errors(), totals.summary(), totals.rules());
    }

    public RunHeader header() {
        return new RunHeader(toolVersion, scoring);
    }

    public RunTotals totals() {
        return new RunTotals(errors, summary, rules);
    }
}
