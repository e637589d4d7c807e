package io.github.mtlint.spark;

import io.github.mtlint.score.ScoringModel;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Writes the job's three tables under the output folder with Spark's writers, whose output committers keep the rows of
 * a retried or speculative task from appearing twice: {@code findings}, {@code documents} and {@code summary}.
 */
final class OutputTables {

    static final String FINDINGS = "findings";
    static final String DOCUMENTS = "documents";
    static final String SUMMARY = "summary";

    enum Format {
        PARQUET("parquet"), JSONL("json");

        final String sparkSource;

        Format(String sparkSource) {
            this.sparkSource = sparkSource;
        }

        static Format parse(String value) throws JobException {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new JobException("--format: unknown format '" + value + "' (expected parquet or jsonl)");
            }
        }
    }

    private final SparkSession spark;
    private final String folder;
    private final Format format;
    private final boolean overwrite;

    OutputTables(SparkSession spark, String folder, Format format, boolean overwrite) {
        this.spark = spark;
        this.folder = folder;
        this.format = format;
        this.overwrite = overwrite;
    }

    /** Refuses, before any work, to write where a table is already (unless asked to replace it). */
    void requireFree() throws JobException {
        if (overwrite) {
            return;
        }
        try {
            for (String table : List.of(FINDINGS, DOCUMENTS, SUMMARY)) {
                Path path = new Path(folder, table);
                FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (fs.exists(path)) {
                    throw new JobException(path + ": exists already (use --overwrite to replace the tables)");
                }
            }
        } catch (IOException e) {
            throw new JobException(folder + ": cannot check the output folder: " + e.getMessage());
        }
    }

    /** Writes the tables from the checked documents; returns the summary rows also written. */
    List<GroupSummary> write(Dataset<Row> checked, ScoringModel scoring) {
        Dataset<Row> findings = checked.select(col(Schemas.ID), col(Schemas.GROUP), explode(col(Schemas.FINDINGS)).as("f"))
                .select(col(Schemas.ID), col(Schemas.GROUP), col("f.*"));
        save(findings, FINDINGS);
        Dataset<Row> documents = checked.withColumn(Schemas.FINDINGS, size(col(Schemas.FINDINGS)));
        save(documents, DOCUMENTS);
        List<GroupSummary> summaries = summarise(checked, findings, scoring);
        List<Row> rows = summaries.stream().map(GroupSummary::toRow).toList();
        save(spark.createDataFrame(rows, Schemas.SUMMARY).coalesce(1), SUMMARY);
        return summaries;
    }

    private void save(Dataset<Row> table, String name) {
        table.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).format(format.sparkSource)
                .save(new Path(folder, name).toString());
    }

    /** Per group: totals over its documents, and its findings counted by severity and by category. */
    private static List<GroupSummary> summarise(Dataset<Row> checked, Dataset<Row> findings, ScoringModel scoring) {
        Map<String, Map<String, Long>> bySeverity = counts(findings, "severity");
        Map<String, Map<String, Long>> byCategory = counts(findings, "category");
        List<Row> totals = checked.groupBy(col(Schemas.GROUP)).agg(
                count(lit(1)).as("documents"),
                count(col("words")).as("checked"),
                coalesce(sum(col("words")), lit(0L)).as("words"),
                coalesce(sum(col("penalty")), lit(0.0)).as("penalty"),
                sum(when(col("passed").equalTo(false), 1L).otherwise(0L)).as("failing"),
                sum(when(col(Schemas.ERROR_KIND).equalTo(Schemas.ERROR_KIND_INPUT), 1L).otherwise(0L)).as("malformed"),
                sum(when(col(Schemas.ERROR_KIND).equalTo(Schemas.ERROR_KIND_INTERNAL), 1L).otherwise(0L)).as("errors"))
                .orderBy(col(Schemas.GROUP)).collectAsList();
        List<GroupSummary> summaries = new ArrayList<>(totals.size());
        for (Row t : totals) {
            String group = t.getString(0);
            summaries.add(GroupSummary.of(group, t.getLong(1), t.getLong(2), t.getLong(3), t.getDouble(4), t.getLong(5),
                    bySeverity.getOrDefault(group, Map.of()), byCategory.getOrDefault(group, Map.of()), t.getLong(6),
                    t.getLong(7), scoring));
        }
        return summaries;
    }

    private static Map<String, Map<String, Long>> counts(Dataset<Row> findings, String column) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Row row : findings.groupBy(col(Schemas.GROUP), col(column)).count().collectAsList()) {
            counts.computeIfAbsent(row.getString(0), g -> new HashMap<>()).put(row.getString(1), row.getLong(2));
        }
        return counts;
    }
}
