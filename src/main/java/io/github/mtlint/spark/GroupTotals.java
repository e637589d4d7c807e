package io.github.mtlint.spark;

import io.github.mtlint.score.ScoringModel;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A group's totals over the checked documents of one partition, added up where the partition is, then merged on the
 * driver: one pass over the checked documents gives the whole summary, where three aggregations took three jobs.
 */
final class GroupTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int GROUP = Schemas.CHECKED.fieldIndex(Schemas.GROUP);
    private static final int WORDS = Schemas.CHECKED.fieldIndex("words");
    private static final int PENALTY = Schemas.CHECKED.fieldIndex("penalty");
    private static final int PASSED = Schemas.CHECKED.fieldIndex("passed");
    private static final int ERROR_KIND = Schemas.CHECKED.fieldIndex(Schemas.ERROR_KIND);
    private static final int FINDINGS = Schemas.CHECKED.fieldIndex(Schemas.FINDINGS);
    private static final int SEVERITY = Schemas.FINDING.fieldIndex("severity");
    private static final int CATEGORY = Schemas.FINDING.fieldIndex("category");

    private long documents;
    private long checked;
    private long words;
    private double penalty;
    private long failing;
    private long malformed;
    private long errors;
    private final Map<String, Long> bySeverity = new HashMap<>();
    private final Map<String, Long> byCategory = new HashMap<>();

    /** Each group's totals over a partition of checked documents ({@link Schemas#CHECKED}); the null group included. */
    static Iterator<Map<String, GroupTotals>> ofPartition(Iterator<Row> documents) {
        Map<String, GroupTotals> groups = new HashMap<>();
        documents.forEachRemaining(row -> groups.computeIfAbsent(row.getString(GROUP), g -> new GroupTotals()).add(row));
        return List.of(groups).iterator();
    }

    /** The summaries of the merged partitions' groups, ordered by group, the documents without one first. */
    static List<GroupSummary> summaries(List<Map<String, GroupTotals>> partitions, ScoringModel scoring) {
        Map<String, GroupTotals> merged = new HashMap<>();
        for (Map<String, GroupTotals> partition : partitions) {
            partition.forEach((group, totals) -> merged.merge(group, totals, GroupTotals::plus));
        }
        List<GroupSummary> summaries = new ArrayList<>(merged.size());
        merged.forEach((group, t) -> summaries.add(GroupSummary.of(group, t.documents, t.checked, t.words, t.penalty,
                t.failing, t.bySeverity, t.byCategory, t.malformed, t.errors, scoring)));
        summaries.sort(Comparator.comparing(GroupSummary::group, Comparator.nullsFirst(Comparator.naturalOrder())));
        return summaries;
    }

    private void add(Row document) {
        documents++;
        if (!document.isNullAt(WORDS)) {
            checked++;
            words += document.getInt(WORDS);
        }
        if (!document.isNullAt(PENALTY)) {
            penalty += document.getDouble(PENALTY);
        }
        if (!document.isNullAt(PASSED) && !document.getBoolean(PASSED)) {
            failing++;
        }
        String errorKind = document.getString(ERROR_KIND);
        if (Schemas.ERROR_KIND_INPUT.equals(errorKind)) {
            malformed++;
        } else if (Schemas.ERROR_KIND_INTERNAL.equals(errorKind)) {
            errors++;
        }
        List<Row> findings = document.getList(FINDINGS);
        for (Row finding : findings) {
            bySeverity.merge(finding.getString(SEVERITY), 1L, Long::sum);
            byCategory.merge(finding.getString(CATEGORY), 1L, Long::sum);
        }
    }

    private GroupTotals plus(GroupTotals other) {
        documents += other.documents;
        checked += other.checked;
        words += other.words;
        penalty += other.penalty;
        failing += other.failing;
        malformed += other.malformed;
        errors += other.errors;
        other.bySeverity.forEach((k, v) -> bySeverity.merge(k, v, Long::sum));
        other.byCategory.forEach((k, v) -> byCategory.merge(k, v, Long::sum));
        return this;
    }
}
