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
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

/**
 * Reads the job's input into rows of {@link Schemas#INPUT}: Parquet and JSON Lines tables with the columns the options
 * name, or a folder of text files (one document per file, as the CLI checks them; an XLIFF, TMX or TSV file's bytes
 * are read by {@link DocumentChecker} as the CLI reads such a file).
 */
final class InputTable {

    enum Format { AUTO, PARQUET, JSONL, TEXT }

    /**
     * Where the texts are and which columns hold what; columns apply to tables only (a folder pairs NAME.zh.txt with
     * NAME.txt, as the CLI does).
     *
     * @param sourceColumn the column of the texts translated from, or null
     * @param sourceLanguage the sources' BCP-47 tag, or null: from a file's name, else told from the script
     */
    record Spec(String path, Format format, String idColumn, String targetColumn, String sourceColumn, String groupColumn,
                String sourceLanguage, String include) {

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
    private static final String SOURCE_SUFFIX = " (source)";
    private static final String PAIR_KEY = "pairKey";
    private static final String CHOSEN_KEY = "chosenKey";
    private static final String CHOSEN = "chosen";
    private static final String TAKEN = "taken";
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
        if (spec.sourceColumn() != null) {
            schema = schema.add(spec.sourceColumn(), DataTypes.StringType);
        }
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
        for (String column : Arrays.asList(spec.idColumn(), spec.targetColumn(), spec.sourceColumn(), spec.groupColumn())) {
            if (column != null && !Arrays.asList(rows.columns()).contains(column)) {
                throw new JobException(spec.path() + ": no column '" + column + "' (it has " + String.join(", ", rows.columns())
                        + "); name the columns with --id-column, --target-column, --source-column and --group-column");
            }
        }
        return columns(spec, rows, lit(null).cast(DataTypes.StringType));
    }

    /**
     * The named columns as text; a row without an id or a text is malformed. A row whose source is empty or null is
     * checked on its own; its source is named after the row's id, as the server names a source given without a path.
     */
    private static Dataset<Row> columns(Spec spec, Dataset<Row> rows, Column malformed) {
        Column id = col(spec.idColumn()).cast(DataTypes.StringType);
        Column text = col(spec.targetColumn()).cast(DataTypes.StringType);
        Column group = spec.groupColumn() == null ? lit("") : col(spec.groupColumn()).cast(DataTypes.StringType);
        Column source = spec.sourceColumn() == null ? lit(null).cast(DataTypes.StringType)
                : when(col(spec.sourceColumn()).cast(DataTypes.StringType).notEqual(lit("")),
                        col(spec.sourceColumn()).cast(DataTypes.StringType));
        Column reason = when(malformed.isNotNull(), malformed)
                .when(id.isNull(), lit("malformed row: no value in the id column '" + spec.idColumn() + "'"))
                .when(text.isNull(), lit("malformed row: no value in the text column '" + spec.targetColumn() + "'"));
        return rows.select(id.as(Schemas.ID), group.as(Schemas.GROUP), text.as(Schemas.TEXT),
                lit(null).cast(DataTypes.BinaryType).as(Schemas.CONTENT), reason.as(Schemas.MALFORMED),
                when(source.isNotNull(), concat(id, lit(SOURCE_SUFFIX))).as(Schemas.SOURCE_ID), source.as(Schemas.SOURCE),
                lit(null).cast(DataTypes.BinaryType).as(Schemas.SOURCE_CONTENT),
                lit(spec.sourceLanguage()).cast(DataTypes.StringType).as(Schemas.SOURCE_LANGUAGE));
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
                .option("pathGlobFilter", spec.include()).load(spec.path()).select(col("path"), col("content"));
        String prefix = root.endsWith("/") ? root : root + "/";
        // NAME.zh.txt is the source of NAME.txt (or NAME.en.txt), as for check: never a text to check as English
        Dataset<Row> translations = files.filter((FilterFunction<Row>) file -> !isSource(file.getString(0)))
                .map((MapFunction<Row, Row>) file -> {
                    String id = relative(file.getString(0), prefix);
                    int slash = id.lastIndexOf('/');
                    return RowFactory.create(id, slash < 0 ? "" : id.substring(0, slash), file.get(1), pairKey(id));
                }, Encoders.row(new StructType().add(Schemas.ID, DataTypes.StringType).add(Schemas.GROUP, DataTypes.StringType)
                        .add(Schemas.CONTENT, DataTypes.BinaryType).add(PAIR_KEY, DataTypes.StringType)));
        String languageOverride = spec.sourceLanguage();
        Dataset<Row> sources = files.filter((FilterFunction<Row>) file -> isSource(file.getString(0)))
                .map((MapFunction<Row, Row>) file -> {
                    String id = relative(file.getString(0), prefix);
                    String tag = SourceLanguages.parse(java.nio.file.Path.of(fileName(id))).orElseThrow().tag();
                    return RowFactory.create(pairKey(id), id, file.get(1), languageOverride != null ? languageOverride : tag);
                }, Encoders.row(new StructType().add(PAIR_KEY, DataTypes.StringType).add(Schemas.SOURCE_ID, DataTypes.StringType)
                        .add(Schemas.SOURCE_CONTENT, DataTypes.BinaryType).add(Schemas.SOURCE_LANGUAGE, DataTypes.StringType)));
        // the first source by name when a translation has several, as the CLI pairs them
        Dataset<Row> first = sources.groupBy(col(PAIR_KEY).as(CHOSEN_KEY))
                .agg(min(struct(col(Schemas.SOURCE_ID), col(Schemas.SOURCE_CONTENT), col(Schemas.SOURCE_LANGUAGE))).as(CHOSEN))
                .select(col(CHOSEN_KEY), col(CHOSEN + "." + Schemas.SOURCE_ID), col(CHOSEN + "." + Schemas.SOURCE_CONTENT),
                        col(CHOSEN + "." + Schemas.SOURCE_LANGUAGE));
        Dataset<Row> paired = translations.join(first, col(PAIR_KEY).equalTo(col(CHOSEN_KEY)), "left_outer")
                .select(col(Schemas.ID), col(Schemas.GROUP), lit(null).cast(DataTypes.StringType).as(Schemas.TEXT),
                        col(Schemas.CONTENT), lit(null).cast(DataTypes.StringType).as(Schemas.MALFORMED), col(Schemas.SOURCE_ID),
                        lit(null).cast(DataTypes.StringType).as(Schemas.SOURCE), col(Schemas.SOURCE_CONTENT),
                        col(Schemas.SOURCE_LANGUAGE));
        // a source that no translation took is an input error, as it is for check
        Dataset<Row> orphans = sources.join(paired.select(col(Schemas.SOURCE_ID).as(TAKEN)).filter(col(TAKEN).isNotNull()),
                        col(Schemas.SOURCE_ID).equalTo(col(TAKEN)), "left_anti")
                .map((MapFunction<Row, Row>) source -> {
                    String id = source.getString(1);
                    int slash = id.lastIndexOf('/');
                    SourceLanguages.TaggedName name = SourceLanguages.parse(java.nio.file.Path.of(fileName(id))).orElseThrow();
                    return RowFactory.create(id, slash < 0 ? "" : id.substring(0, slash), null, null,
                            "a source text (" + name.tag() + ") without its translation; expected " + name.base() + "."
                                    + name.extension() + " or " + name.base() + ".en." + name.extension() + " beside it",
                            null, null, null, null);
                }, Encoders.row(Schemas.INPUT));
        return paired.unionByName(orphans);
    }

    private static boolean isSource(String path) {
        return SourceLanguages.isSourceFile(java.nio.file.Path.of(fileName(path)));
    }

    private static String relative(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** What a translation and its source have in common: a/b.txt for a/b.txt, a/b.en.txt and a/b.zh.txt. */
    private static String pairKey(String id) {
        int slash = id.lastIndexOf('/') + 1;
        return SourceLanguages.parse(java.nio.file.Path.of(id.substring(slash)))
                .map(tagged -> id.substring(0, slash) + tagged.base() + "." + tagged.extension())
                .orElse(id);
    }
}
