package io.github.mtlint.report;

import io.github.mtlint.model.Severity;
import io.github.mtlint.score.MqmScore;

import java.util.Map;

/** Run totals; the score comes from the summed penalties and words of all documents. */
public record Summary(int files, int words, int issues, Map<Severity, Integer> bySeverity, MqmScore score,
                      int suppressed) {

    public Summary {
        bySeverity = Map.copyOf(bySeverity);
    }

    public int count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0);
    }
}
