package io.github.mtlint.report;

import io.github.mtlint.model.Severity;
import io.github.mtlint.score.MqmScore;

import java.util.Map;

/**
 * Run totals; the score comes from the summed penalties and words of all documents.
 *
 * @param suppressed        findings left out because the baseline accepts them
 * @param baselineUnmatched findings the baseline accepts in the files checked that no longer occur
 */
public record Summary(int files, int words, int issues, Map<Severity, Integer> bySeverity, MqmScore score,
                      int suppressed, int baselineUnmatched) {

    public Summary {
        bySeverity = Map.copyOf(bySeverity);
    }

    public Summary(int files, int words, int issues, Map<Severity, Integer> bySeverity, MqmScore score, int suppressed) {
        this(files, words, issues, bySeverity, score, suppressed, 0);
    }

    public int count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0);
    }
}
