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
}
