package io.github.mtlint.cli;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.engine.TimeBudget;
import io.github.mtlint.grammar.LanguageToolWarmUp;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Severity;
import io.github.mtlint.render.Renderer;
import io.github.mtlint.render.Renderers;
import io.github.mtlint.render.TextRenderer;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.InputCollector;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                description = "Report format: text (default), json, html, sarif, junit, github. Repeat for several reports.")
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

    @Option(names = "--config", paramLabel = "FILE", description = "Project configuration (default: ./mtlint.yml if present).")
    private Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule packs (*.yml) to load. Repeatable.")
    private List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Extra lexicon files (countries, people) to load. Repeatable.")
    private List<Path> lexiconDirs = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "ID", split = ",", description = "Switch a rule on (id or glob such as lt.EN_QUOTES). Repeatable.")
    private List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", split = ",", description = "Switch a rule off (id or glob such as 'entity.*'). Repeatable.")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=SEVERITY", description = "Override a rule's severity (id or glob; the most specific match wins). Repeatable.")
    private Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier JSON report; its findings are accepted and not reported again.")
    private Path baseline;

    @Option(names = "--include", paramLabel = "GLOB", description = "Files to check inside folders (default *.txt). Repeatable.")
    private List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files to skip inside folders. Repeatable.")
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "VARIANT", description = "en-US or en-GB: the spelling standard (default: the document's majority; speller en-US).")
    private String variant;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the text speaks of, for dated facts (capitals, office holders). Default: the text's dateline, else the year it names most, else today.")
    private String date;

    @Option(names = "--weights", paramLabel = "NAME", description = "Scoring weights: default (MQM: minor 1, major 5, critical 25) or google (WMT: minor punctuation 0.1).")
    private String weights;

    @Option(names = "--pass-threshold", paramLabel = "N", description = "MQM pass threshold PT (default 90).")
    private Double passThreshold;

    @Option(names = "--acceptable-penalty", paramLabel = "N", description = "MQM acceptable penalty APP per 1000 words (default 10).")
    private Double acceptablePenalty;

    @Option(names = "--threads", paramLabel = "N", description = "Files checked in parallel (default: the number of processors).")
    private Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Processor time per document; 0 for none "
            + "(default: 60 s, and 120 s more per MB of text). A document that runs out gets an error naming the step, exit 3.")
    private Integer timeout;

    @Option(names = "--max-size", paramLabel = "MB", description = "The largest document checked, in MB; 0 for no limit "
            + "(default 2: 1 MB of text took up to 2.2 GB of memory).")
    private Integer maxSize;

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
        ProjectConfig project = loadConfig();
        Path base = config != null ? baseDir(config) : Path.of("");
        List<OutputSpec> targets = outputs.isEmpty() ? List.of(defaultOutput()) : outputs;
        List<Renderer> renderers = new ArrayList<>();
        for (OutputSpec target : targets) {
            renderers.add(Renderers.byName(target.format).orElseThrow(() -> new UsageException(
                    "unknown format '" + target.format + "' (expected one of " + String.join(", ", Renderers.names()) + ")")));
        }
        Severity failSeverity = parseFailOn(first(failOn, project.failOn()), origin(failOn, "--fail-on", "failOn"));
        Double scoreGate = first(minScore, project.minScore());
        if (scoreGate != null && !(scoreGate >= 0 && scoreGate <= 100)) {
            throw new UsageException("--min-score must be between 0 and 100, got " + scoreGate);
        }
        EnglishVariant englishVariant = parseVariant(first(variant, project.variant()), origin(variant, "--variant", "variant"));
        // LanguageTool takes seconds to load: it loads while the rules, the lexicon and the inputs are read
        LanguageToolWarmUp.start(englishVariant == null ? EnglishVariant.US : englishVariant);
        LocalDate textDate = parseDate(first(date, project.date()), origin(date, "--date", "date"));
        ScoringModel scoring = scoring(project);
        List<String> enabled = concat(project.enable(), enable);
        List<String> disabled = concat(project.disable(), disable);
        Map<String, Severity> overrides = severityOverrides(project.severities(), severities, origin(null, "", "severities"));

        List<Path> rulesDirs = concat(resolve(base, project.rules()), ruleDirs);
        List<Path> lexicons = concat(resolve(base, project.lexicons()), lexiconDirs);
        Components components = Components.build(englishVariant, rulesDirs, lexicons,
                new Components.Selection(enabled, disabled));
        components.requireRules(overrides.keySet(), "--severity");

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
        List<Input> inputs = collector.collect(paths);
        OutputTargets outputTargets = validateOutputs(targets, inputs, rulesDirs, lexicons, baselineFile);

        int workers = threads != null ? threads : project.threads() != null ? project.threads()
                : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        RuleSettings settings = new RuleSettings(textDate, LocalDate.now(), englishVariant, overrides);
        Linter linter = new Linter(components.analyzer, components.rules, settings, scoring, accepted, workers,
                VersionProvider.version());
        linter.withMaxDocumentBytes(maxDocumentBytes(first(maxSize, project.maxSize()), origin(maxSize, "--max-size", "maxSize")));
        linter.withTimeBudget(timeBudget(first(timeout, project.timeout()), origin(timeout, "--timeout", "timeout")));
        Report report = linter.lint(inputs, stdin);

        try {
            outputTargets.writeAll((i, out) -> renderers.get(i).render(report, out), spec.commandLine().getOut());
        } catch (OutputTargets.OutputException e) {
            throw new UsageException(e.getMessage());
        }
        if (targets.stream().noneMatch(t -> t.file == null && t.format.equals(TEXT_FORMAT))) {
            // the reports went elsewhere: whoever runs the command still learns which inputs were not checked
            report.errors().forEach(e -> err.println(TextRenderer.errorLine(e)));
        }
        return exitCode(report, failSeverity, scoreGate, failOn != null || project.failOn() != null || scoreGate != null);
    }

    private static int exitCode(Report report, Severity failSeverity, Double scoreGate, boolean explicitGate) {
        boolean inputErrors = report.errors().stream().anyMatch(e -> !e.internal());
        boolean internalErrors = report.errors().stream().anyMatch(ProcessingError::internal);
        if (internalErrors) {
            return ExitCodes.INTERNAL;
        }
        if (inputErrors) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        boolean failed = false;
        for (DocumentResult document : report.documents()) {
            if (!explicitGate) {
                failed |= !document.score().passed();
            }
            if (scoreGate != null) {
                failed |= document.score().score() < scoreGate;
            }
            if (failSeverity != null) {
                for (ReportedIssue issue : document.issues()) {
                    failed |= issue.issue().severity().atLeast(failSeverity);
                }
            }
        }
        return failed ? ExitCodes.GATE_FAILED : ExitCodes.PASS;
    }

    /** Every file the run reads, so that no report is written over one, and every report's folder writable. */
    private OutputTargets validateOutputs(List<OutputSpec> targets, List<Input> inputs, List<Path> rulesDirs,
                                          List<Path> lexicons, Path baselineFile) throws UsageException {
        OutputTargets.ReadFiles read = new OutputTargets.ReadFiles();
        inputs.stream().filter(Input.FileInput.class::isInstance).map(Input.FileInput.class::cast)
                .forEach(f -> read.add(f.file(), "the input"));
        read.add(config != null ? config : Path.of(ProjectConfig.FILE_NAME), "the configuration");
        rulesDirs.forEach(d -> read.addTree(d, "the rule file"));
        lexicons.forEach(d -> read.addTree(d, "the lexicon file"));
        if (baselineFile != null) {
            read.add(baselineFile, "the baseline");
        }
        try {
            return OutputTargets.validate(targets.stream().map(t -> new OutputTargets.Target(t.format, t.file)).toList(), read);
        } catch (OutputTargets.OutputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private ProjectConfig loadConfig() throws ConfigException {
        if (config != null) {
            return ProjectConfig.load(config);
        }
        Path local = Path.of(ProjectConfig.FILE_NAME);
        return Files.isRegularFile(local) ? ProjectConfig.load(local) : ProjectConfig.empty();
    }

    private ScoringModel scoring(ProjectConfig project) throws UsageException {
        try {
            ScoringModel model = ScoringModel.named(first(weights, project.weights() == null ? "default" : project.weights()));
            Map<Severity, Double> severityWeights = new EnumMap<>(Severity.class);
            project.severityWeights().forEach((k, v) -> severityWeights.put(Severity.parse(k), v));
            Map<Category, Double> categoryWeights = new EnumMap<>(Category.class);
            project.categoryWeights().forEach((k, v) -> categoryWeights.put(Category.parse(k), v));
            return model.withWeights(severityWeights, categoryWeights)
                    .withThresholds(first(passThreshold, project.passThreshold()), first(acceptablePenalty, project.acceptablePenalty()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Where a setting came from, for messages: the command-line option, or the key in the project file. */
    private String origin(Object commandLineValue, String option, String configKey) {
        return commandLineValue != null ? option : (config != null ? config.toString() : ProjectConfig.FILE_NAME) + " " + configKey;
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

    private static TimeBudget timeBudget(Integer seconds, String origin) throws UsageException {
        if (seconds == null) {
            return TimeBudget.DEFAULT;
        }
        if (seconds < 0) {
            throw new UsageException(origin + ": must be 0 (no limit) or more seconds, got " + seconds);
        }
        return TimeBudget.fixed(seconds);
    }

    private static Severity parseFailOn(String value, String origin) throws UsageException {
        if (value == null || value.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(origin + ": " + e.getMessage());
        }
    }

    private static EnglishVariant parseVariant(String value, String origin) throws UsageException {
        try {
            return value == null ? null : EnglishVariant.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(origin + ": " + e.getMessage());
        }
    }

    private static LocalDate parseDate(String value, String origin) throws UsageException {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(origin + ": '" + value + "' is not a date like 2022-09-16");
        }
    }

    private static Map<String, Severity> severityOverrides(Map<String, String> fromConfig, Map<String, String> fromCli,
                                                           String configOrigin) throws UsageException {
        Map<String, Severity> result = new LinkedHashMap<>();
        Map<String, String> all = new LinkedHashMap<>(fromConfig);
        all.putAll(fromCli);
        for (Map.Entry<String, String> e : all.entrySet()) {
            try {
                result.put(e.getKey(), Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                String origin = fromCli.containsKey(e.getKey()) ? "--severity" : configOrigin;
                throw new UsageException(origin + " " + e.getKey() + ": " + ex.getMessage());
            }
        }
        return result;
    }

    private static OutputSpec defaultOutput() {
        OutputSpec text = new OutputSpec();
        text.format = TEXT_FORMAT;
        return text;
    }

    private static Path baseDir(Path configFile) {
        Path parent = configFile.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static List<Path> resolve(Path base, List<String> paths) {
        return paths.stream().map(base::resolve).toList();
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
