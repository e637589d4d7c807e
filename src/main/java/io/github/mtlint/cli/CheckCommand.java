package io.github.mtlint.cli;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Gate;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.model.UserCache;
import io.github.mtlint.setup.Components;
import io.github.mtlint.setup.EngineOptions;
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.setup.RunSettings;
import io.github.mtlint.render.Renderer;
import io.github.mtlint.render.ReportStream;
import io.github.mtlint.render.Spool;
import io.github.mtlint.render.Renderers;
import io.github.mtlint.render.TextRenderer;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.SourceFinder;
import io.github.mtlint.text.SourceLanguages;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code mtlint check}: checks files, folders or standard input and writes the reports. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Check machine-translated English text and report every finding with its position, MQM category "
                + "and severity, and an MQM score per document and for the run.",
        footer = {"", "Examples:",
                "  mtlint check samples/",
                "  mtlint check -f json -o report.json -f text --min-score 90 articles/",
                "  cat article.txt | mtlint check -",
                "", "Exit codes: 0 pass; 1 gate failed; 2 usage, configuration, rule-file error or unreadable input; "
                + "3 internal error. Without --fail-on and --min-score the gate is the MQM verdict: every document "
                + "must score at least the pass threshold and have no critical finding."})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (searched recursively) or - for standard input.")
    private List<String> paths = new ArrayList<>();

    /** One -f FORMAT, optionally followed by its -o FILE. */
    private static final String TEXT_FORMAT = "text";

    static final class OutputSpec {
        @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
                description = "Report format: text (default), json, html, sarif, junit, github; or xliff with -o DIR: a copy of each XLIFF input with the findings as ITS 2.0 quality issues. Repeat for several reports.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the preceding format's report to FILE instead of standard output.")
        Path file;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    private List<OutputSpec> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Fail (exit 1) when any finding is at least this severe: critical, major, minor, neutral, or none.")
    private String failOn;

    @Option(names = "--min-score", paramLabel = "N", description = "Fail (exit 1) when a document scores below N (0-100).")
    private Double minScore;

    @CommandLine.Mixin
    private EngineOptions engineOptions = new EngineOptions();

    /** The glossaries of the run (the configuration's and the options'), which no report may overwrite. */
    private List<Path> glossaryFiles = List.of();

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier JSON report; its findings are accepted and not reported again.")
    private Path baseline;

    @Option(names = "--include", paramLabel = "GLOB", description = "Files to check inside folders (default *.txt, *.xlf, *.xliff, *.tmx). Repeatable.")
    private List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files to skip inside folders. Repeatable.")
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Files checked in parallel (default: the number of processors).")
    private Integer threads;

    @Option(names = "--source", paramLabel = "PATH", description = "The text the input was translated from: a file for one input, "
            + "or a folder parallel to the input folders. Default: NAME.zh.txt (any language tag) beside NAME.txt.")
    private Path sourcePath;

    @Option(names = "--source-lang", paramLabel = "TAG", description = "The sources' language (BCP-47, e.g. zh, zh-Hant), "
            + "instead of the tag in their file names or the language their script shows.")
    private String sourceLanguage;

    @Option(names = "--skip-approved", description = "In XLIFF files, leave out segments marked approved or final "
            + "(approved=\"yes\", state=\"final\" or \"signed-off\"). Default: check them too.")
    private boolean skipApproved;

    @Option(names = "--consistency", paramLabel = "SCOPE", description = "What terminology.inconsistent-translation compares: "
            + "'document' (default), or 'run': also a source segment translated differently in two files of the run.")
    private String consistency;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Processor time per document; 0 for none "
            + "(default: 60 s, and 120 s more per MB of text). A document that runs out gets an error naming the step, exit 3.")
    private Integer timeout;

    @Option(names = "--max-size", paramLabel = "MB", description = "The largest document checked, in MB; 0 for no limit "
            + "(default 10; larger documents take long: about a minute of processor time per MB).")
    private Integer maxSize;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar on standard error: --progress always, "
            + "--no-progress never; by default when standard error is a terminal and the check lasts over two seconds.")
    private Boolean progress;

    @Option(names = "--server", paramLabel = "URL", description = "Have a running 'mtlint serve' at URL check the inputs (read here) and write its reports.")
    private java.net.URI server;

    CheckCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(err);
        } catch (UsageException | ConfigException e) {
            err.println("mtlint: " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
    }

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private int run(PrintWriter err) throws UsageException, ConfigException {
        ProjectConfig project = EngineSettings.projectConfig(engineOptions.config());
        List<OutputSpec> requested = outputs.isEmpty() ? List.of(defaultOutput()) : outputs;
        // -f xliff is no report but a copy of each XLIFF input, with the findings in it
        List<OutputSpec> targets = requested.stream().filter(t -> !t.format.equals(XLIFF_FORMAT)).toList();
        Path xliffFolder = xliffFolder(requested);
        List<Renderer> renderers = renderers(targets);
        RunSettings run = RunSettings.resolve(runOptions(), project);
        EngineSettings engine = EngineSettings.resolve(engineOptions.options(), project, LocalDate.now());
        if (server != null && xliffFolder != null) {
            throw new UsageException("-f xliff reads the XLIFF inputs again to copy them: it works without --server only");
        }
        if (server != null) {
            return checkOnServer(project, targets, run, engine);
        }
        // LanguageTool takes seconds to load: it loads while the rules, the lexicon and the inputs are read
        engine.warmUp(UserCache.folderOfThisUser());
        Components components = engine.components();
        Baseline accepted = run.acceptedIssues();
        List<Input> inputs = pairSources(run.inputs().collect(paths));
        glossaryFiles = engine.glossaries().stream().map(Path::of).toList();
        OutputTargets outputTargets = validateOutputs(targets, inputs, engine.ruleDirs().stream().map(Path::of).toList(),
                engine.lexiconDirs().stream().map(Path::of).toList(), run.baseline());
        Linter linter = run.limit(engine.linter(components, accepted, run.threads(), VersionProvider.version()));

        try {
            return checkAndReport(linter, inputs, renderers, outputTargets, xliffFolder, run.gate(),
                    targets.stream().anyMatch(t -> t.file == null && t.format.equals(TEXT_FORMAT)), err);
        } catch (OutputTargets.OutputException | XliffCopies.CopyException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Checks the inputs and writes every report as the documents come, in input order: standard output as it goes,
     * report files into temporary files put in place together at the end. What is kept of the run: its totals, the
     * gate's running verdict, what a report that needs the whole run holds (HTML), and the XLIFF documents for
     * {@code -f xliff}.
     */
    private int checkAndReport(Linter linter, List<Input> inputs, List<Renderer> renderers, OutputTargets outputTargets,
                               Path xliffFolder, Gate gate, boolean textOnStdout, PrintWriter err)
            throws OutputTargets.OutputException, XliffCopies.CopyException {
        RunHeader header = linter.header();
        List<DocumentResult> xliffDocuments = new ArrayList<>();
        int[] failedDocuments = {0};
        List<String> notCopied = new ArrayList<>();
        RunTotals totals;
        // every spool is released however the run ends, also when a report fails part-way
        try (Spool.Tracking spools = new Spool.Tracking(Spool.RUN);
             OutputTargets.Open open = outputTargets.open(spec.commandLine().getOut(), spools)) {
            List<ReportStream> streams = new ArrayList<>();
            for (int i = 0; i < renderers.size(); i++) {
                try {
                    streams.add(renderers.get(i).start(header, open.writer(i), spools));
                } catch (IOException e) {
                    throw open.failure(i, e);
                }
            }
            boolean toStdout = IntStream.range(0, streams.size()).anyMatch(open::streamsToStdout);
            Linter.Progress display = ProgressDisplay.start(progress, progress == null && ProgressDisplay.standardErrorIsTerminal(),
                    inputs.size(), err, ProgressDisplay.DELAY);
            try {
                totals = linter.lint(inputs, stdin, display, document -> {
                    failedDocuments[0] += gate.fails(document) ? 1 : 0;
                    if (xliffFolder != null && XliffCopies.isXliff(document)) {
                        xliffDocuments.add(document);
                    } else if (xliffFolder != null) {
                        notCopied.add(document.path());
                    }
                    if (toStdout) {
                        ProgressDisplay.aside(display, () -> writeDocument(open, streams, document));
                    } else {
                        writeDocument(open, streams, document);
                    }
                });
            } catch (FailedWrite failed) {
                throw failed.exception;
            } finally {
                ProgressDisplay.finish(display);
            }
            for (int i = 0; i < streams.size(); i++) {
                try {
                    streams.get(i).finish(totals);
                } catch (IOException e) {
                    throw open.failure(i, e);
                }
            }
            open.commit();
        }
        if (xliffFolder != null) {
            XliffCopies.write(Report.of(header, xliffDocuments, totals), inputs, xliffFolder).forEach(err::println);
            if (!notCopied.isEmpty()) {
                // a TMX or text file given with XLIFF files gets its findings in the other reports only
                err.println("mtlint: -f xliff copies XLIFF files only; not copied: " + String.join(", ",
                        notCopied.stream().sorted().limit(NOT_COPIED_NAMED).toList())
                        + (notCopied.size() > NOT_COPIED_NAMED ? " and " + (notCopied.size() - NOT_COPIED_NAMED) + " more" : ""));
            }
        }
        if (!textOnStdout) {
            // the reports went elsewhere: whoever runs the command still learns which inputs were not checked
            totals.errors().forEach(e -> err.println(TextRenderer.errorLine(e)));
        }
        Gate.Verdict verdict = gate.verdict(totals.errors(), failedDocuments[0] > 0);
        if (verdict == Gate.Verdict.FAILED) {
            // the run's score may pass while single documents fail: say why the exit code is 1
            int files = totals.summary().files();
            err.println("mtlint: " + failedDocuments[0] + " of " + files + (files == 1 ? " file fails" : " files fail")
                    + " the gate (" + gate.describe(header.scoring().passThreshold()) + ")");
        }
        return exitCode(verdict);
    }

    private static final int NOT_COPIED_NAMED = 5;

    /** A report could not be written: the run stops, and the old reports stay. */
    private static final class FailedWrite extends RuntimeException {
        final OutputTargets.OutputException exception;

        FailedWrite(OutputTargets.OutputException exception) {
            super(exception.getMessage(), null, false, false);
            this.exception = exception;
        }
    }

    private static void writeDocument(OutputTargets.Open open, List<ReportStream> streams, DocumentResult document) {
        for (int i = 0; i < streams.size(); i++) {
            try {
                streams.get(i).document(document);
                if (open.streamsToStdout(i)) {
                    open.writer(i).flush(); // whoever watches the terminal sees the document now
                }
            } catch (IOException e) {
                throw new FailedWrite(open.failure(i, e));
            }
        }
    }

    private RunSettings.Options runOptions() {
        return new RunSettings.Options(engineOptions.config(), failOn, minScore, include, exclude, baseline, threads, maxSize,
                timeout, skipApproved, consistency);
    }

    private static List<Renderer> renderers(List<OutputSpec> targets) throws UsageException {
        List<Renderer> renderers = new ArrayList<>();
        for (OutputSpec target : targets) {
            renderers.add(Renderers.byName(target.format).orElseThrow(() -> new UsageException(
                    "unknown format '" + target.format + "' (expected one of " + String.join(", ", Renderers.names())
                            + ", or xliff with -o DIR)")));
        }
        return renderers;
    }

    private List<Input> pairSources(List<Input> inputs) throws UsageException {
        if (sourcePath != null && !Files.exists(sourcePath)) {
            throw new UsageException("--source " + sourcePath + ": no such file or directory");
        }
        if (sourceLanguage != null && !SourceLanguages.isTag(sourceLanguage)) {
            throw new UsageException("--source-lang takes a BCP-47 language tag such as zh or zh-Hant, got '" + sourceLanguage + "'");
        }
        try {
            return new SourceFinder(sourcePath, sourceLanguage).pair(inputs, paths);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code --server}: the server checks with its own rules and the default scoring, so options that change them are refused. */
    private int checkOnServer(ProjectConfig project, List<OutputSpec> targets, RunSettings run, EngineSettings engine)
            throws UsageException {
        // name what was set, and where: a key of the project file is easy to miss when no option was typed
        String file = (engineOptions.config() != null ? engineOptions.config() : Path.of(ProjectConfig.FILE_NAME)) + " ";
        Map<String, Boolean> serverSide = new LinkedHashMap<>();
        serverSide.put("options that set rules, lexicons, glossaries, severities or scoring", engineOptions.changesRulesOrScoring());
        serverSide.put("a baseline", run.baseline() != null);
        serverSide.put(file + "glossaries", !project.glossaries().isEmpty());
        serverSide.put(file + "rules", !project.rules().isEmpty());
        serverSide.put(file + "lexicons", !project.lexicons().isEmpty());
        serverSide.put(file + "severities", !project.severities().isEmpty());
        serverSide.put(file + "weights", project.weights() != null);
        serverSide.put(file + "passThreshold", project.passThreshold() != null);
        serverSide.put(file + "acceptablePenalty", project.acceptablePenalty() != null);
        serverSide.put(file + "severityWeights", !project.severityWeights().isEmpty());
        serverSide.put(file + "categoryWeights", !project.categoryWeights().isEmpty());
        List<String> set = serverSide.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (!set.isEmpty()) {
            throw new UsageException("--server checks with the server's rules and the default scoring: rules, lexicons, glossaries, "
                    + "severities, baseline, weights and thresholds cannot be set here (set: " + String.join(", ", set) + ")");
        }
        if (run.consistency() == Linter.Consistency.RUN) {
            throw new UsageException("--consistency run compares the documents of one run: the server checks each on its own, "
                    + "so it works without --server only");
        }
        requireServerAddress(server);
        List<Input> inputs = pairSources(run.inputs().collect(paths));
        validateOutputs(targets, inputs, List.of(), List.of(), null);
        List<RemoteCheck.Target> remoteTargets = targets.stream().map(t -> new RemoteCheck.Target(t.format, t.file)).toList();
        return new RemoteCheck(server, spec.commandLine().getOut(), spec.commandLine().getErr()).run(inputs, stdin, remoteTargets,
                engine.variant(), engine.enable(), engine.disable(), engine.date(), run.gate());
    }

    /** An address the client can send to: http or https, a host, a port in range ("localhost:8081" has no scheme). */
    static void requireServerAddress(java.net.URI url) throws UsageException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null || url.getPort() > 65535) {
            throw new UsageException("--server: '" + url + "' is no server address: give http://HOST:PORT/, for example "
                    + "http://127.0.0.1:8081/");
        }
    }

    static int exitCode(Gate.Verdict verdict) {
        return switch (verdict) {
            case INTERNAL_ERRORS -> ExitCodes.INTERNAL;
            case INPUT_ERRORS -> ExitCodes.USAGE_OR_INPUT;
            case FAILED -> ExitCodes.GATE_FAILED;
            case PASSED -> ExitCodes.PASS;
        };
    }

    /** Every file the run reads, so that no report is written over one, and every report's folder writable. */
    private static final String XLIFF_FORMAT = "xliff";

    /** The folder of {@code -f xliff -o DIR}, or null without {@code -f xliff}. */
    private static Path xliffFolder(List<OutputSpec> requested) throws UsageException {
        List<OutputSpec> xliff = requested.stream().filter(t -> t.format.equals(XLIFF_FORMAT)).toList();
        if (xliff.isEmpty()) {
            return null;
        }
        if (xliff.size() > 1 || xliff.get(0).file == null) {
            throw new UsageException("-f xliff writes an annotated copy of each XLIFF input: give it one folder, -f xliff -o DIR");
        }
        Path folder = xliff.get(0).file;
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("-f xliff -o " + folder + ": not a folder; the copies keep their names in it");
        }
        return folder;
    }

    private OutputTargets validateOutputs(List<OutputSpec> targets, List<Input> inputs, List<Path> rulesDirs,
                                          List<Path> lexicons, Path baselineFile) throws UsageException {
        OutputTargets.ReadFiles read = new OutputTargets.ReadFiles();
        inputs.stream().filter(Input.FileInput.class::isInstance).map(Input.FileInput.class::cast)
                .forEach(f -> read.add(f.file(), "the input"));
        inputs.forEach(i -> i.source().ifPresent(s -> read.add(s.file(), "the source")));
        read.add(engineOptions.config() != null ? engineOptions.config() : Path.of(ProjectConfig.FILE_NAME), "the configuration");
        rulesDirs.forEach(d -> read.addTree(d, "the rule file"));
        lexicons.forEach(d -> read.addTree(d, "the lexicon file"));
        glossaryFiles.forEach(g -> read.add(g, "the glossary"));
        if (baselineFile != null) {
            read.add(baselineFile, "the baseline");
        }
        try {
            return OutputTargets.validate(targets.stream().map(t -> new OutputTargets.Target(t.format, t.file)).toList(), read);
        } catch (OutputTargets.OutputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static OutputSpec defaultOutput() {
        OutputSpec text = new OutputSpec();
        text.format = TEXT_FORMAT;
        return text;
    }
}
