package io.github.mtlint.spark;

import io.github.mtlint.text.SourceLanguages;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

/**
 * Reads the job's input into rows of {@link Schemas#INPUT}: Parquet and JSON Lines tables with the columns the options
 * name, or a folder of text files (one document per file, as the CLI checks them).
 */
final class InputTable {

    enum Format { AUTO, PARQUET, JSONL, TEXT }

    /** Where the texts are and which columns hold what; columns apply to tables only. */
    record Spec(String path, Format format, String idColumn, String targetColumn, String groupColumn, String include) {

        Format resolvedFormat() {
            if (format != Format.AUTO) {
                return format;
            }
            String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            if (name.endsWith(".parquet")) {
                return Format.PARQUET;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
                return Format.JSONL;
            }
            return Format.TEXT;
        }
    }

    private static final String CORRUPT_RECORD = "_corrupt_record";
    /** How much of a malformed JSON line its error row quotes. */
    private static final int QUOTED_CHARACTERS = 80;

    private InputTable() {
    }

    static Dataset<Row> read(SparkSession spark, Spec spec) throws JobException {
        try {
            return switch (spec.resolvedFormat()) {
                case PARQUET -> table(spec, spark.read().parquet(spec.path()));
                case JSONL -> jsonLines(spark, spec);
                case TEXT, AUTO -> textFiles(spark, spec);
            };
        } catch (JobException e) {
            throw e;
        } catch (Exception e) {
            // Spark's Scala code throws AnalysisException (a missing path, an unreadable schema) undeclared
            if (e instanceof AnalysisException analysis) {
                throw new JobException(spec.path() + ": " + analysis.getSimpleMessage());
            }
            throw e;
        }
    }

    private static Dataset<Row> jsonLines(SparkSession spark, Spec spec) throws JobException {
        StructType schema = new StructType()
                .add(spec.idColumn(), DataTypes.StringType)
                .add(spec.targetColumn(), DataTypes.StringType);
        if (spec.groupColumn() != null) {
            schema = schema.add(spec.groupColumn(), DataTypes.StringType);
        }
        schema = schema.add(CORRUPT_RECORD, DataTypes.StringType);
        Dataset<Row> rows = spark.read().schema(schema).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT_RECORD).json(spec.path());
        Column corrupt = col(CORRUPT_RECORD);
        Column quoted = concat(lit("malformed JSON line: "), substring(corrupt, 1, QUOTED_CHARACTERS));
        return columns(spec, rows, when(corrupt.isNotNull(), quoted));
    }

    private static Dataset<Row> table(Spec spec, Dataset<Row> rows) throws JobException {
        for (String column : Arrays.asList(spec.idColumn(), spec.targetColumn(), spec.groupColumn())) {
            if (column != null && !Arrays.asList(rows.columns()).contains(column)) {
                throw new JobException(spec.path() + ": no column '" + column + "' (it has " + String.join(", ", rows.columns())
                        + "); name the columns with --id-column, --target-column and --group-column");
            }
        }
        return columns(spec, rows, lit(null).cast(DataTypes.StringType));
    }

    /** The named columns as text; a row without an id or a text is malformed. */
    private static Dataset<Row> columns(Spec spec, Dataset<Row> rows, Column malformed) {
        Column id = col(spec.idColumn()).cast(DataTypes.StringType);
        Column text = col(spec.targetColumn()).cast(DataTypes.StringType);
        Column group = spec.groupColumn() == null ? lit("") : col(spec.groupColumn()).cast(DataTypes.StringType);
        Column reason = when(malformed.isNotNull(), malformed)
                .when(id.isNull(), lit("malformed row: no value in the id column '" + spec.idColumn() + "'"))
                .when(text.isNull(), lit("malformed row: no value in the text column '" + spec.targetColumn() + "'"));
        return rows.select(id.as(Schemas.ID), group.as(Schemas.GROUP), text.as(Schemas.TEXT),
                lit(null).cast(DataTypes.BinaryType).as(Schemas.CONTENT), reason.as(Schemas.MALFORMED));
    }

    /** Every file under the folder whose name matches the include glob; its id is its path below the folder. */
    private static Dataset<Row> textFiles(SparkSession spark, Spec spec) throws JobException {
        String root;
        try {
            Path path = new Path(spec.path());
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(path)) {
                throw new JobException(spec.path() + ": no such file or folder");
            }
            root = fs.makeQualified(fs.getFileStatus(path).isDirectory() ? path : path.getParent()).toString();
        } catch (IOException e) {
            throw new JobException(spec.path() + ": cannot read: " + e.getMessage());
        }
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .option("pathGlobFilter", spec.include()).load(spec.path());
        String prefix = root.endsWith("/") ? root : root + "/";
        // NAME.zh.txt is the source of NAME.txt, as for check: never a text to check as English
        return files.select(col("path"), col("content"))
                .filter((FilterFunction<Row>) file -> !SourceLanguages.isSourceFile(java.nio.file.Path.of(
                        file.getString(0).substring(file.getString(0).lastIndexOf('/') + 1))))
                .map((MapFunction<Row, Row>) file -> {
            String path = file.getString(0);
            String id = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
            int slash = id.lastIndexOf('/');
            return RowFactory.create(id, slash < 0 ? "" : id.substring(0, slash), null, file.get(1), null);
        }, Encoders.row(Schemas.INPUT));
    }
}
