package io.github.mtlint.report;

import io.github.mtlint.model.RuleMeta;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run's reports learn after its last document: the inputs that could not be read or checked, the run's
 * totals, and the metadata of every rule that fired. Running totals, not a list of the documents.
 */
public record RunTotals(List<ProcessingError> errors, Summary summary, SortedMap<String, RuleMeta> rules) {

    public RunTotals {
        errors = List.copyOf(errors);
        rules = new TreeMap<>(rules);
    }
}
