package io.github.mtlint.spark;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.setup.EngineOptions;
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.setup.RunSettings;
import io.github.mtlint.text.SourceLanguages;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code spark-submit --class io.github.mtlint.spark.SparkCheck mtlint.jar --input PATH --output DIR}: checks a corpus
 * on a Spark cluster with the CLI's engine and rules, and writes the findings, documents and per-group summary tables.
 */
@Command(name = "SparkCheck", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check a corpus of machine-translated English on Apache Spark, with the same rules and findings as "
                + "'mtlint check', and write the tables findings, documents and summary under DIR.",
        footer = {"", "Exit codes: 0 the job ran (findings and errors are in the tables); 2 usage, configuration or "
                + "input error."})
public final class SparkCheck implements Callable<Integer> {

    static final int OK = 0;
    static final int USAGE_OR_INPUT = 2;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A Parquet or JSON Lines table (file or folder), or a folder of text files.")
    private String input;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where the tables go: DIR/findings, DIR/documents, DIR/summary.")
    private String output;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: by the name's extension, .parquet, .jsonl/.json; else text), parquet, jsonl, text.")
    private String inputFormat;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id", description = "The documents' ids (default id).")
    private String idColumn;

    @Option(names = "--target-column", paramLabel = "NAME", defaultValue = "text",
            description = "The English text to check (default text).")
    private String targetColumn;

    @Option(names = "--source-column", paramLabel = "NAME",
            description = "Tables: the text each document was translated from, checked against it as check does with NAME.zh.txt. "
                    + "Text folders pair NAME.zh.txt with NAME.txt themselves.")
    private String sourceColumn;

    @Option(names = "--source-lang", paramLabel = "TAG",
            description = "The sources' language (BCP-47, such as zh or zh-Hant); default: from the file name, else the script.")
    private String sourceLanguage;

    @Option(names = "--group-column", paramLabel = "NAME",
            description = "What to summarise by, such as the MT system or batch. Text folders: the file's folder.")
    private String groupColumn;

    @Option(names = "--include", paramLabel = "GLOB", defaultValue = "*.{txt,xlf,xliff,tmx}",
            description = "Text folders: the files to check (default *.{txt,xlf,xliff,tmx}, as check's folders; "
                    + "XLIFF, TMX and TSV files are read as check reads them). A file named by --input is checked whatever it is called.")
    private String include;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "Output tables: parquet (default) or jsonl.")
    private String format;

    @Option(names = "--overwrite", description = "Replace the tables if DIR has them already (default: refuse).")
    private boolean overwrite;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spread the documents over at least N tasks (default: 4 per core of the cluster).")
    private Integer partitions;

    @Option(names = "--html-sample", arity = "2", paramLabel = "N FILE",
            description = "Also write the HTML review page of the N lowest-scoring documents to FILE (on the driver).")
    private List<String> htmlSample = new ArrayList<>();

    @Option(names = "--skip-approved", description = "In XLIFF files, leave out segments marked approved or final "
            + "(approved=\"yes\", state=\"final\" or \"signed-off\"), as check does. Default: check them too.")
    private boolean skipApproved;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Processor time per document; 0 for none "
            + "(default: 60 s, and 120 s more per MB of text). A document that runs out keeps what it found, with an "
            + "internal error naming the step, as in check.")
    private Integer timeout;

    @Option(names = "--max-size", paramLabel = "MB", description = "The largest document checked, in MB; 0 for no limit "
            + "(default 10). A larger one is an input error row, as check refuses it.")
    private Integer maxSize;

    /** The rule and scoring options of {@code check}; rule packs, lexicons and glossaries must exist on every executor. */
    @CommandLine.Mixin
    private EngineOptions engineOptions = new EngineOptions();

    /** The session, started only once the options and the engine's files are known to be right. */
    private final Supplier<SparkSession> session;
    private final PrintWriter err;
    private SparkSession spark;

    SparkCheck(Supplier<SparkSession> session, PrintWriter err) {
        this.session = session;
        this.err = err;
    }

    public static void main(String[] args) {
        SparkSession[] started = new SparkSession[1];
        int code;
        try {
            code = run(() -> started[0] = SparkSession.builder().appName("mtlint").getOrCreate(),
                    new PrintWriter(System.err, true), args);
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs the job in the given session; the exit code as {@link #main} gives it. */
    static int run(SparkSession spark, PrintWriter err, String... args) {
        return run(() -> spark, err, args);
    }

    private static int run(Supplier<SparkSession> session, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SparkCheck(session, err)).setErr(err);
        commandLine.setParameterExceptionHandler((ex, ignored) -> {
            err.println("mtlint: " + ex.getMessage());
            err.println("Run 'SparkCheck --help' for usage.");
            return USAGE_OR_INPUT;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        try {
            return check();
        } catch (JobException | ConfigException e) {
            err.println("mtlint: " + e.getMessage());
            return USAGE_OR_INPUT;
        }
    }

    private int check() throws JobException, ConfigException {
        if (sourceLanguage != null && !SourceLanguages.isTag(sourceLanguage)) {
            throw new JobException("--source-lang takes a BCP-47 language tag such as zh or zh-Hant, got '" + sourceLanguage + "'");
        }
        OutputTables.Format outputFormat = OutputTables.Format.parse(format);
        InputTable.Format readFormat = parseInputFormat(inputFormat);
        InputTable.Spec spec = new InputTable.Spec(input, readFormat, idColumn, targetColumn, sourceColumn, groupColumn,
                sourceLanguage, include);
        if (spec.resolvedFormat() == InputTable.Format.TEXT && groupColumn != null) {
            throw new JobException("--group-column: " + input + " is read as a folder of text files, whose group is "
                    + "each file's folder; give --input-format for a table");
        }
        if (spec.resolvedFormat() == InputTable.Format.TEXT && sourceColumn != null) {
            throw new JobException("--source-column: " + input + " is read as a folder of text files, where NAME.zh.txt "
                    + "is the source of NAME.txt; give --input-format for a table");
        }
        int sampleSize = htmlSampleSize();
        if (partitions != null && partitions < 1) {
            throw new JobException("--partitions must be at least 1");
        }
        ProjectConfig project = EngineSettings.projectConfig(engineOptions.config());
        EngineSettings settings = EngineSettings.resolve(engineOptions.options(), project, LocalDate.now());
        DocumentLimits limits = DocumentLimits.of(RunSettings.documentCost(maxSize, timeout, engineOptions.config(), project),
                skipApproved);
        // built before the session starts, so that a bad rule file stops the job with the CLI's message at once, and
        // LanguageTool loads on the other cores while Spark starts (in local mode this JVM is the executor too)
        settings.warmUp();
        ExecutorEngine.linter(settings, limits);
        spark = session.get();
        OutputTables outputs = new OutputTables(spark, output, outputFormat, overwrite);
        outputs.requireFree();

        int tasks = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> texts = InputTable.read(spark, spec, tasks);
        FileContents files = new FileContents(spark.sparkContext().hadoopConfiguration());
        if (texts.rdd().getNumPartitions() < tasks) {
            texts = texts.repartition(tasks);
        }
        Dataset<Row> checked = texts.mapPartitions(new DocumentChecker(settings, limits, files), Encoders.row(Schemas.CHECKED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<GroupSummary> summaries = outputs.write(checked, settings.scoring());
            report(summaries);
            if (sampleSize > 0) {
                HtmlSample.write(settings, limits, texts, files, checked, sampleSize, Path.of(htmlSample.get(1)), err);
                err.println("mtlint: wrote the review page of " + sampleSize + " lowest-scoring documents to "
                        + htmlSample.get(1));
            }
        } finally {
            checked.unpersist();
        }
        return OK;
    }

    private void report(List<GroupSummary> summaries) {
        long documents = 0;
        long words = 0;
        long findings = 0;
        long malformed = 0;
        long errors = 0;
        long failing = 0;
        for (GroupSummary s : summaries) {
            documents += s.documents();
            words += s.words();
            findings += s.findings();
            malformed += s.malformed();
            errors += s.errors();
            failing += s.failing();
        }
        err.printf(Locale.ROOT, "mtlint: %d documents in %d groups, %d words, %d findings; %d below the MQM pass mark; "
                        + "%d malformed input rows, %d documents with internal errors; tables in %s%n",
                documents, summaries.size(), words, findings, failing, malformed, errors, output);
        err.flush();
    }

    private int htmlSampleSize() throws JobException {
        if (htmlSample.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(htmlSample.get(0));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new JobException("--html-sample: '" + htmlSample.get(0) + "' is not a number of documents (1 or more)");
        }
    }

    private static InputTable.Format parseInputFormat(String value) throws JobException {
        try {
            return InputTable.Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JobException("--input-format: unknown format '" + value + "' (expected auto, parquet, jsonl or text)");
        }
    }
}
