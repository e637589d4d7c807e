package io.github.mtlint.setup;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Gate;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.engine.TimeBudget;
import io.github.mtlint.text.InputCollector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a run goes, beside which rules run and how findings are scored ({@link EngineSettings}): which files of the folders
 * are checked, how many at once, how large and for how long, which findings are already accepted and what fails the run.
 * The command line's options over {@code mtlint.yml}'s, resolved and validated once; a bad value is named with where it
 * came from ({@code --timeout}, or {@code mtlint.yml timeout}).
 *
 * @param inputs           the collector of the include and exclude globs (the project file's first)
 * @param threads          documents checked in parallel
 * @param maxDocumentBytes the largest document checked; 0 for no limit
 * @param timeBudget       the processor time each document may take
 * @param baseline         the earlier report whose findings are accepted (the project file's is relative to it), or null
 * @param gate             what fails the run
 * @param skipApproved     whether XLIFF segments marked approved or final are left out
 * @param consistency      what terminology.inconsistent-translation compares: each document, or the whole run
 */
public record RunSettings(InputCollector inputs, int threads, long maxDocumentBytes, TimeBudget timeBudget, Path baseline,
                          Gate gate, boolean skipApproved, Linter.Consistency consistency) {

    /**
     * The run options as given on a command line; null or empty where not given.
     *
     * @param config the project file given with {@code --config}, or null (then {@code ./mtlint.yml})
     */
    public record Options(Path config, String failOn, Double minScore, List<String> include, List<String> exclude,
                          Path baseline, Integer threads, Integer maxSize, Integer timeout, boolean skipApproved,
                          String consistency) {
    }

    /** The threads of a run that does not say: one a processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Merges the options over the project file's settings; a bad value is named with where it came from. */
    public static RunSettings resolve(Options options, ProjectConfig project) throws ConfigException {
        String file = options.config() != null ? options.config().toString() : ProjectConfig.FILE_NAME;
        Gate gate = gate(options, project, file);
        Path baseline = options.baseline() != null ? options.baseline()
                : project.baseline() == null ? null : EngineSettings.configFolder(options.config()).resolve(project.baseline());
        InputCollector inputs;
        try {
            inputs = new InputCollector(concat(project.include(), options.include()), concat(project.exclude(), options.exclude()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--include/--exclude: " + e.getMessage());
        }
        int threads = first(options.threads(), project.threads(), defaultThreads());
        if (threads < 1) {
            throw new ConfigException(options.threads() != null ? "--threads must be at least 1"
                    : file + " threads: must be at least 1, got " + threads);
        }
        DocumentCost cost = documentCost(options.maxSize(), options.timeout(), options.config(), project);
        Linter.Consistency consistency = consistency(first(options.consistency(), project.consistency(), null),
                origin(options.consistency(), "--consistency", file, "consistency"));
        return new RunSettings(inputs, threads, cost.maxDocumentBytes(), cost.timeBudget(), baseline, gate,
                options.skipApproved(), consistency);
    }

    /** What one document may cost: the largest size checked (0: no limit) and the processor time it may take. */
    public record DocumentCost(long maxDocumentBytes, TimeBudget timeBudget) {
    }

    /**
     * {@code --max-size} and {@code --timeout} over the project file's {@code maxSize} and {@code timeout}, for
     * {@link #resolve} and for the Spark job, which has no other run settings.
     */
    public static DocumentCost documentCost(Integer maxSize, Integer timeout, Path config, ProjectConfig project)
            throws ConfigException {
        String file = config != null ? config.toString() : ProjectConfig.FILE_NAME;
        return new DocumentCost(
                maxDocumentBytes(first(maxSize, project.maxSize(), null), origin(maxSize, "--max-size", file, "maxSize")),
                timeBudget(first(timeout, project.timeout(), null), origin(timeout, "--timeout", file, "timeout")));
    }

    /** The findings the baseline report accepts (none without one); fails when it cannot be read. */
    public Baseline acceptedIssues() throws ConfigException {
        if (baseline == null) {
            return Baseline.empty();
        }
        try {
            return Baseline.load(baseline);
        } catch (IOException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** Sets the run's limits on a linter built from the engine settings. */
    public Linter limit(Linter linter) {
        return linter.withMaxDocumentBytes(maxDocumentBytes).withSkipApproved(skipApproved).withTimeBudget(timeBudget)
                .withConsistency(consistency);
    }

    /** The gate of --fail-on and --min-score over the project file's failOn and minScore. */
    private static Gate gate(Options options, ProjectConfig project, String file) throws ConfigException {
        String severity = first(options.failOn(), project.failOn(), null);
        Double score = first(options.minScore(), project.minScore(), null);
        try {
            Gate.of(severity, null);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin(options.failOn(), "--fail-on", file, "failOn") + ": " + e.getMessage());
        }
        try {
            return Gate.of(severity, score);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin(options.minScore(), "--min-score", file, "minScore") + " " + e.getMessage());
        }
    }

    private static long maxDocumentBytes(Integer megabytes, String origin) throws ConfigException {
        if (megabytes == null) {
            return Linter.DEFAULT_MAX_DOCUMENT_BYTES;
        }
        if (megabytes < 0) {
            throw new ConfigException(origin + ": must be 0 (no limit) or more MB, got " + megabytes);
        }
        return megabytes * 1_000_000L;
    }

    private static Linter.Consistency consistency(String scope, String origin) throws ConfigException {
        if (scope == null) {
            return Linter.Consistency.DOCUMENT;
        }
        return switch (scope) {
            case "document" -> Linter.Consistency.DOCUMENT;
            case "run" -> Linter.Consistency.RUN;
            default -> throw new ConfigException(origin + ": expected 'document' or 'run', got '" + scope + "'");
        };
    }

    private static TimeBudget timeBudget(Integer seconds, String origin) throws ConfigException {
        if (seconds == null) {
            return TimeBudget.DEFAULT;
        }
        if (seconds < 0) {
            throw new ConfigException(origin + ": must be 0 (no limit) or more seconds, got " + seconds);
        }
        return TimeBudget.fixed(seconds);
    }

    private static String origin(Object commandLineValue, String option, String file, String configKey) {
        return commandLineValue != null ? option : file + " " + configKey;
    }

    private static <T> T first(T commandLine, T projectFile, T otherwise) {
        return commandLine != null ? commandLine : projectFile != null ? projectFile : otherwise;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
