package io.github.mtlint.cli;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Gate;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.engine.TimeBudget;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.setup.Components;
import io.github.mtlint.setup.EngineOptions;
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.render.Renderer;
import io.github.mtlint.render.Renderers;
import io.github.mtlint.render.TextRenderer;
import io.github.mtlint.report.Report;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.InputCollector;
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
import java.util.List;
import java.util.concurrent.Callable;

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
        Path base = EngineSettings.configFolder(engineOptions.config());
        List<OutputSpec> requested = outputs.isEmpty() ? List.of(defaultOutput()) : outputs;
        // -f xliff is no report but a copy of each XLIFF input, with the findings in it
        List<OutputSpec> targets = requested.stream().filter(t -> !t.format.equals(XLIFF_FORMAT)).toList();
        Path xliffFolder = xliffFolder(requested);
        List<Renderer> renderers = new ArrayList<>();
        for (OutputSpec target : targets) {
            renderers.add(Renderers.byName(target.format).orElseThrow(() -> new UsageException(
                    "unknown format '" + target.format + "' (expected one of " + String.join(", ", Renderers.names()) + ")")));
        }
        Gate gate = gate(project);
        EngineSettings engine = EngineSettings.resolve(engineOptions.options(), project, LocalDate.now());
        if (server != null && xliffFolder != null) {
            throw new UsageException("-f xliff reads the XLIFF inputs again to copy them: it works without --server only");
        }
        if (server != null) {
            return checkOnServer(project, targets, gate, engine);
        }
        // LanguageTool takes seconds to load: it loads while the rules, the lexicon and the inputs are read
        engine.warmUp();
        Components components = engine.components();

        Baseline accepted = Baseline.empty();
        Path baselineFile = baseline != null ? baseline : project.baseline() == null ? null : base.resolve(project.baseline());
        if (baselineFile != null) {
            try {
                accepted = Baseline.load(baselineFile);
            } catch (IOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        InputCollector collector;
        try {
            collector = new InputCollector(concat(project.include(), include), concat(project.exclude(), exclude));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--include/--exclude: " + e.getMessage());
        }
        List<Input> inputs = pairSources(collector.collect(paths));
        glossaryFiles = engine.glossaries().stream().map(Path::of).toList();
        OutputTargets outputTargets = validateOutputs(targets, inputs, engine.ruleDirs().stream().map(Path::of).toList(),
                engine.lexiconDirs().stream().map(Path::of).toList(), baselineFile);

        int workers = threads != null ? threads : project.threads() != null ? project.threads()
                : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        Linter linter = engine.linter(components, accepted, workers, VersionProvider.version());
        linter.withMaxDocumentBytes(maxDocumentBytes(first(maxSize, project.maxSize()), origin(maxSize, "--max-size", "maxSize")));
        linter.withSkipApproved(skipApproved);
        linter.withConsistency(consistency(first(consistency, project.consistency()), origin(consistency, "--consistency", "consistency")));
        linter.withTimeBudget(timeBudget(first(timeout, project.timeout()), origin(timeout, "--timeout", "timeout")));
        Linter.Progress display = ProgressDisplay.start(progress, progress == null && ProgressDisplay.standardErrorIsTerminal(),
                inputs.size(), err, ProgressDisplay.DELAY);
        Report report;
        try {
            report = linter.lint(inputs, stdin, display);
        } finally {
            ProgressDisplay.finish(display);
        }

        try {
            outputTargets.writeAll((i, out) -> renderers.get(i).render(report, out), spec.commandLine().getOut());
        } catch (OutputTargets.OutputException e) {
            throw new UsageException(e.getMessage());
        }
        if (xliffFolder != null) {
            try {
                XliffCopies.write(report, inputs, xliffFolder).forEach(err::println);
            } catch (XliffCopies.CopyException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (targets.stream().noneMatch(t -> t.file == null && t.format.equals(TEXT_FORMAT))) {
            // the reports went elsewhere: whoever runs the command still learns which inputs were not checked
            report.errors().forEach(e -> err.println(TextRenderer.errorLine(e)));
        }
        return exitCode(gate.verdict(report));
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
    private int checkOnServer(ProjectConfig project, List<OutputSpec> targets, Gate gate, EngineSettings engine)
            throws UsageException {
        boolean serverSide = engineOptions.changesRulesOrScoring() || !project.glossaries().isEmpty() || baseline != null
                || !project.rules().isEmpty()
                || !project.lexicons().isEmpty() || !project.severities().isEmpty() || project.baseline() != null
                || project.weights() != null || project.passThreshold() != null || project.acceptablePenalty() != null
                || !project.severityWeights().isEmpty() || !project.categoryWeights().isEmpty();
        if (serverSide) {
            throw new UsageException("--server checks with the server's rules and the default scoring: rules, lexicons, glossaries, "
                    + "severities, baseline, weights and thresholds cannot be set here");
        }
        LocalDate textDate = engine.date();
        EnglishVariant englishVariant = engine.variant();
        InputCollector collector;
        try {
            collector = new InputCollector(concat(project.include(), include), concat(project.exclude(), exclude));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--include/--exclude: " + e.getMessage());
        }
        List<Input> inputs = pairSources(collector.collect(paths));
        validateOutputs(targets, inputs, List.of(), List.of(), null);
        List<RemoteCheck.Target> remoteTargets = targets.stream().map(t -> new RemoteCheck.Target(t.format, t.file)).toList();
        return new RemoteCheck(server, spec.commandLine().getOut(), spec.commandLine().getErr()).run(inputs, stdin, remoteTargets,
                englishVariant, engine.enable(), engine.disable(), textDate, gate);
    }

    static int exitCode(Gate.Verdict verdict) {
        return switch (verdict) {
            case INTERNAL_ERRORS -> ExitCodes.INTERNAL;
            case INPUT_ERRORS -> ExitCodes.USAGE_OR_INPUT;
            case FAILED -> ExitCodes.GATE_FAILED;
            case PASSED -> ExitCodes.PASS;
        };
    }

    /** The gate of --fail-on and --min-score over the project file's failOn and minScore. */
    private Gate gate(ProjectConfig project) throws UsageException {
        String severity = first(failOn, project.failOn());
        Double score = first(minScore, project.minScore());
        try {
            Gate.of(severity, null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(origin(failOn, "--fail-on", "failOn") + ": " + e.getMessage());
        }
        try {
            return Gate.of(severity, score);
        } catch (IllegalArgumentException e) {
            throw new UsageException(origin(minScore, "--min-score", "minScore") + " " + e.getMessage());
        }
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

    /** Where a setting came from, for messages: the command-line option, or the key in the project file. */
    private String origin(Object commandLineValue, String option, String configKey) {
        return commandLineValue != null ? option : (engineOptions.config() != null ? engineOptions.config().toString() : ProjectConfig.FILE_NAME) + " " + configKey;
    }

    private static long maxDocumentBytes(Integer megabytes, String origin) throws UsageException {
        if (megabytes == null) {
            return Linter.DEFAULT_MAX_DOCUMENT_BYTES;
        }
        if (megabytes < 0) {
            throw new UsageException(origin + ": must be 0 (no limit) or more MB, got " + megabytes);
        }
        return megabytes * 1_000_000L;
    }

    private static Linter.Consistency consistency(String scope, String origin) throws UsageException {
        if (scope == null) {
            return Linter.Consistency.DOCUMENT;
        }
        return switch (scope) {
            case "document" -> Linter.Consistency.DOCUMENT;
            case "run" -> Linter.Consistency.RUN;
            default -> throw new UsageException(origin + ": expected 'document' or 'run', got '" + scope + "'");
        };
    }

    private static TimeBudget timeBudget(Integer seconds, String origin) throws UsageException {
        if (seconds == null) {
            return TimeBudget.DEFAULT;
        }
        if (seconds < 0) {
            throw new UsageException(origin + ": must be 0 (no limit) or more seconds, got " + seconds);
        }
        return TimeBudget.fixed(seconds);
    }

    private static OutputSpec defaultOutput() {
        OutputSpec text = new OutputSpec();
        text.format = TEXT_FORMAT;
        return text;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
