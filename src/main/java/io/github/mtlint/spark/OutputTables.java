package io.github.mtlint.spark;

import io.github.mtlint.score.ScoringModel;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

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

    /**
     * Writes the tables from the checked documents; returns the summary rows also written. The summary is added up
     * first, in one pass that also fills the cache of checked documents; the two tables are then written from it.
     */
    List<GroupSummary> write(Dataset<Row> checked, ScoringModel scoring) {
        List<GroupSummary> summaries = GroupTotals.summaries(
                checked.toJavaRDD().mapPartitions(GroupTotals::ofPartition).collect(), scoring);
        Dataset<Row> findings = checked.select(col(Schemas.ID), col(Schemas.GROUP), explode(col(Schemas.FINDINGS)).as("f"))
                .select(col(Schemas.ID), col(Schemas.GROUP), col("f.*"));
        save(findings, FINDINGS);
        Dataset<Row> documents = checked.withColumn(Schemas.FINDINGS, size(col(Schemas.FINDINGS)));
        save(documents, DOCUMENTS);
        List<Row> rows = summaries.stream().map(GroupSummary::toRow).toList();
        save(spark.createDataFrame(rows, Schemas.SUMMARY).coalesce(1), SUMMARY);
        return summaries;
    }

    private void save(Dataset<Row> table, String name) {
        table.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).format(format.sparkSource)
                .save(new Path(folder, name).toString());
    }
}
