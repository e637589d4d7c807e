package io.github.mtlint.spark;

import io.github.mtlint.model.Severity;
import io.github.mtlint.score.MqmScore;
import io.github.mtlint.score.MqmScorer;
import io.github.mtlint.score.ScoringModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.Map;
import java.util.TreeMap;

/**
 * One row of the summary table: a group's documents, words and findings, and its MQM score, computed as a run's score
 * is (summed penalties over summed words; any critical finding fails it).
 *
 * @param checked   documents that were checked (the others are malformed input)
 * @param failing   checked documents below the MQM pass mark or with a critical finding
 * @param malformed input rows that could not be read as a document
 * @param errors    documents on which the analysis or a rule failed
 */
record GroupSummary(String group, long documents, long checked, long words, double penalty, MqmScore score, long failing,
                    long findings, Map<String, Long> bySeverity, Map<String, Long> byCategory, long malformed,
                    long errors) {

    static GroupSummary of(String group, long documents, long checked, long words, double penalty, long failing,
                           Map<String, Long> bySeverity, Map<String, Long> byCategory, long malformed, long errors,
                           ScoringModel scoring) {
        long findings = bySeverity.values().stream().mapToLong(Long::longValue).sum();
        boolean critical = bySeverity.getOrDefault(Severity.CRITICAL.id(), 0L) > 0;
        // the scorer counts words in an int; a larger group is scored on the same ratio of penalty to words
        double scale = words > Integer.MAX_VALUE ? (double) Integer.MAX_VALUE / words : 1;
        MqmScore score = new MqmScorer(scoring).score(penalty * scale, (int) Math.round(words * scale), critical);
        return new GroupSummary(group, documents, checked, words, penalty, score, failing, findings,
                new TreeMap<>(bySeverity), new TreeMap<>(byCategory), malformed, errors);
    }

    Row toRow() {
        return RowFactory.create(group, documents, checked, words, penalty, score.normedPenalty(), score.score(),
                score.passed(), failing, findings, scala(bySeverity), scala(byCategory), malformed, errors);
    }

    private static scala.collection.Map<String, Long> scala(Map<String, Long> map) {
        return scala.jdk.javaapi.CollectionConverters.asScala(map);
    }
}
