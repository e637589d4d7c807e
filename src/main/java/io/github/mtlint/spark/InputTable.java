package io.github.mtlint.spark;

import io.github.mtlint.text.BilingualFiles;
import io.github.mtlint.text.SourceLanguages;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobPattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToLongFunction;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
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
    /** How much of a malformed JSON line its error row quotes. */
    private static final int QUOTED_CHARACTERS = 80;

    private InputTable() {
    }

    /** The input's rows; a folder's are dealt out to {@code tasks} partitions, a table's as Spark reads it. */
    static Dataset<Row> read(SparkSession spark, Spec spec, int tasks) throws JobException {
        try {
            return switch (spec.resolvedFormat()) {
                case PARQUET -> table(spec, spark.read().parquet(spec.path()));
                case JSONL -> jsonLines(spark, spec);
                case TEXT, AUTO -> textFiles(spark, spec, tasks);
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
                lit(null).cast(DataTypes.StringType).as(Schemas.PATH), reason.as(Schemas.MALFORMED),
                when(source.isNotNull(), concat(id, lit(SOURCE_SUFFIX))).as(Schemas.SOURCE_ID), source.as(Schemas.SOURCE),
                lit(null).cast(DataTypes.StringType).as(Schemas.SOURCE_PATH),
                lit(spec.sourceLanguage()).cast(DataTypes.StringType).as(Schemas.SOURCE_LANGUAGE),
                lit(null).cast(DataTypes.LongType).as(Schemas.PATH_BYTES));
    }

    /**
     * Every file under the folder whose name matches the include glob; its id is its path below the folder. The driver
     * lists and pairs the files by name (NAME.zh.txt is the source of NAME.txt, as for check), and deals them out to
     * {@code tasks} partitions of about equal size; each checker then reads its files, so no text is moved or shuffled.
     */
    private static Dataset<Row> textFiles(SparkSession spark, Spec spec, int tasks) throws JobException {
        List<FileStatus> files = new ArrayList<>();
        Map<Path, String> problems = Map.of();
        String prefix;
        try {
            Path path = new Path(spec.path());
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(path)) {
                throw new JobException(spec.path() + ": no such file or folder");
            }
            FileStatus status = fs.getFileStatus(path);
            GlobPattern include = includePattern(spec.include());
            String root = fs.makeQualified(status.isDirectory() ? path : path.getParent()).toString();
            prefix = root.endsWith("/") ? root : root + "/";
            if (status.isDirectory()) {
                Listing listing = Listing.of(fs, status.getPath(), include);
                files.addAll(listing.files());
                problems = listing.problems();
            } else {
                // a file named on its own is checked whatever --include says, with its source beside it, as check does
                FileStatus named = fs.getFileStatus(fs.makeQualified(path));
                files.add(named);
                sourceBeside(fs, named).ifPresent(files::add);
            }
        } catch (IOException e) {
            throw new JobException(spec.path() + ": cannot read: " + e.getMessage());
        }
        files.sort(Comparator.comparing(f -> f.getPath().toString()));
        Map<String, FileStatus> translations = new LinkedHashMap<>();
        Map<String, FileStatus> sources = new LinkedHashMap<>();
        for (FileStatus file : files) {
            String id = relative(file.getPath().toString(), prefix);
            (isSource(id) ? sources : translations).put(id, file);
        }
        Map<String, String> firstSource = new HashMap<>();
        // the first source by name when a translation has several, as the CLI pairs them
        sources.keySet().forEach(sourceId -> firstSource.putIfAbsent(pairKey(sourceId), sourceId));
        Set<String> taken = new HashSet<>();
        List<WeightedRow> rows = new ArrayList<>(files.size());
        for (Map.Entry<String, FileStatus> translation : translations.entrySet()) {
            String id = translation.getKey();
            // a bilingual file carries its own source
            String sourceId = BilingualFiles.extension(id).isPresent() ? null : firstSource.get(pairKey(id));
            FileStatus source = sourceId == null ? null : sources.get(sourceId);
            String sourceLanguage = null;
            long bytes = translation.getValue().getLen();
            if (source != null) {
                taken.add(sourceId);
                sourceLanguage = spec.sourceLanguage() != null ? spec.sourceLanguage() : tagged(sourceId).tag();
                bytes += source.getLen();
            }
            rows.add(new WeightedRow(RowFactory.create(id, folder(id), null, translation.getValue().getPath().toString(), null,
                    sourceId, null, source == null ? null : source.getPath().toString(), sourceLanguage,
                    translation.getValue().getLen()), bytes));
        }
        for (String sourceId : sources.keySet()) {
            if (!taken.contains(sourceId)) {
                // a source that no translation took is an input error, as it is for check
                rows.add(new WeightedRow(RowFactory.create(sourceId, folder(sourceId), null, null,
                        tagged(sourceId).withoutTranslation(), null, null, null, null, null), 0));
            }
        }
        for (Map.Entry<Path, String> problem : problems.entrySet()) {
            String id = relative(problem.getKey().toString(), prefix);
            rows.add(new WeightedRow(RowFactory.create(id, folder(id), null, null, problem.getValue(), null, null, null, null,
                    null), 0));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<List<Row>> parts = balanced(rows, WeightedRow::bytes, tasks).stream()
                .map(part -> part.stream().map(WeightedRow::row).toList()).toList();
        return spark.createDataFrame(context.parallelize(parts, parts.size()).flatMap(List::iterator), Schemas.INPUT);
    }

    /**
     * The source of a translation named on its own: the first tagged file by name in its folder that pairs with it
     * (NAME.zh.txt beside NAME.txt), as check finds it; nothing for a source or a bilingual file.
     */
    private static Optional<FileStatus> sourceBeside(FileSystem fs, FileStatus named) {
        String name = named.getPath().getName();
        if (isSource(name) || BilingualFiles.extension(name).isPresent()) {
            return Optional.empty();
        }
        FileStatus[] beside;
        try {
            beside = fs.listStatus(named.getPath().getParent());
        } catch (IOException e) {
            return Optional.empty(); // a folder the job may read from but not list: the file alone, as check does
        }
        return Arrays.stream(beside)
                .filter(entry -> entry.isFile() && isSource(entry.getPath().getName())
                        && pairKey(entry.getPath().getName()).equals(pairKey(name)))
                .min(Comparator.comparing(entry -> entry.getPath().getName()));
    }

    private record WeightedRow(Row row, long bytes) {
    }

    /** The items in {@code parts} lists of about the same weight: the heaviest first, each to the lightest list so far. */
    static <T> List<List<T>> balanced(List<T> items, ToLongFunction<T> weight, int parts) {
        List<List<T>> lists = new ArrayList<>(parts);
        long[] weights = new long[parts];
        // the lightest list first, the first of equal ones first
        PriorityQueue<Integer> lightest = new PriorityQueue<>(Comparator.<Integer>comparingLong(i -> weights[i])
                .thenComparingInt(i -> i));
        for (int i = 0; i < parts; i++) {
            lists.add(new ArrayList<>());
            lightest.add(i);
        }
        List<T> heaviestFirst = new ArrayList<>(items);
        heaviestFirst.sort(Comparator.comparingLong(weight).reversed());
        for (T item : heaviestFirst) {
            int list = lightest.poll();
            lists.get(list).add(item);
            weights[list] += Math.max(1, weight.applyAsLong(item));
            lightest.add(list);
        }
        return lists;
    }

    /**
     * A folder's files as Spark's file sources list them (recursively, without hidden files and folders: ., _), and the
     * sub-folders that could not be listed or that lead back to a folder above them, each with why.
     */
    private record Listing(List<FileStatus> files, Map<Path, String> problems) {

        static Listing of(FileSystem fs, Path folder, GlobPattern include) throws IOException {
            Listing listing = new Listing(new ArrayList<>(), new LinkedHashMap<>());
            listing.walk(fs, folder, include, new HashSet<>(), true);
            return listing;
        }

        private void walk(FileSystem fs, Path folder, GlobPattern include, Set<String> above, boolean top) throws IOException {
            String real = realPath(folder);
            if (real != null && !above.add(real)) {
                problems.put(folder, "a symbolic link loop leads back to a folder above it");
                return;
            }
            FileStatus[] entries;
            try {
                entries = fs.listStatus(folder);
            } catch (IOException e) {
                if (top) {
                    throw e;
                }
                // as check reports a folder it cannot read, and goes on with the others
                problems.put(folder, "cannot read folder: " + e.getMessage());
                return;
            }
            for (FileStatus entry : entries) {
                String name = entry.getPath().getName();
                if (name.startsWith(".") || name.startsWith("_") || name.endsWith("._COPYING_")) {
                    continue;
                }
                if (entry.isDirectory()) {
                    walk(fs, entry.getPath(), include, above, false);
                } else if (include.matches(name)) {
                    files.add(entry);
                }
            }
            if (real != null) {
                above.remove(real);
            }
        }

        /** The folder's real path on a local file system, where symbolic links can loop; null elsewhere. */
        private static String realPath(Path folder) {
            if (!"file".equals(folder.toUri().getScheme())) {
                return null;
            }
            try {
                return java.nio.file.Path.of(folder.toUri()).toRealPath().toString();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private static GlobPattern includePattern(String glob) throws JobException {
        try {
            return new GlobPattern(glob);
        } catch (IllegalArgumentException e) {
            throw new JobException("--include: '" + glob + "' is not a file name pattern: " + e.getMessage());
        }
    }

    private static String folder(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    /** A tagged source (NAME.zh.txt), never a text to check as English, as for check. */
    private static boolean isSource(String path) {
        return SourceLanguages.isSourceFile(java.nio.file.Path.of(fileName(path)));
    }

    private static SourceLanguages.TaggedName tagged(String id) {
        return SourceLanguages.parse(java.nio.file.Path.of(fileName(id))).orElseThrow();
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
