package io.github.mtlint.setup;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.grammar.LanguageToolWarmUp;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Severity;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.score.ScoringModel;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What decides which rules run and how findings are scored: the command line's options over {@code mtlint.yml}'s,
 * validated once. Plain values, so that the Spark job can send them to its executors, where each builds the same
 * engine as the CLI builds from them.
 *
 * @param ruleDirs    extra rule-pack folders, the configuration's (relative to its file) first
 * @param severities  severity overrides by rule id or glob, in the order given
 * @param today       the fallback date of texts that state none, fixed once for the whole run
 * @param glossaries  the user's glossary files, the configuration's (relative to its file) first
 * @param severityOrigins where each severity override was given ({@code --severity}, or the project file's
 *                    {@code severities}), for errors that name it
 * @param selectionOrigins the project file's {@code enable} and {@code disable} ids with where they were given
 */
public record EngineSettings(List<String> ruleDirs, List<String> lexiconDirs, List<String> enable, List<String> disable,
                             LinkedHashMap<String, Severity> severities, EnglishVariant variant, LocalDate date,
                             LocalDate today, String weights, EnumMap<Severity, Double> severityWeights,
                             Map<Category, Double> categoryWeights, Double passThreshold, Double acceptablePenalty,
                             List<String> glossaries, LinkedHashMap<String, String> severityOrigins,
                             LinkedHashMap<String, String> selectionOrigins)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The engine options as given on a command line; null or empty where not given.
     *
     * @param config the project file given with {@code --config}, or null (then {@code ./mtlint.yml} if present)
     */
    public record Options(Path config, List<Path> ruleDirs, List<Path> lexiconDirs, List<String> enable,
                          List<String> disable, Map<String, String> severities, String variant, String date,
                          String weights, Double passThreshold, Double acceptablePenalty, List<Path> glossaries) {

        /** Options without glossaries. */
        public Options(Path config, List<Path> ruleDirs, List<Path> lexiconDirs, List<String> enable, List<String> disable,
                       Map<String, String> severities, String variant, String date, String weights, Double passThreshold,
                       Double acceptablePenalty) {
            this(config, ruleDirs, lexiconDirs, enable, disable, severities, variant, date, weights, passThreshold,
                    acceptablePenalty, List.of());
        }
    }

    /** Reads the project file the options name (or {@code ./mtlint.yml}, or none). */
    public static ProjectConfig projectConfig(Path config) throws ConfigException {
        if (config != null) {
            return ProjectConfig.load(config);
        }
        Path local = Path.of(ProjectConfig.FILE_NAME);
        return java.nio.file.Files.isRegularFile(local) ? ProjectConfig.load(local) : ProjectConfig.empty();
    }

    /** Merges the options over the project file's settings; a bad value is named with where it came from. */
    public static EngineSettings resolve(Options options, ProjectConfig project, LocalDate today) throws ConfigException {
        Path base = configFolder(options.config());
        String file = options.config() != null ? options.config().toString() : ProjectConfig.FILE_NAME;
        EnglishVariant variant = parseVariant(first(options.variant(), project.variant()),
                origin(options.variant(), "--variant", file, "variant"));
        LocalDate date = parseDate(first(options.date(), project.date()), origin(options.date(), "--date", file, "date"));
        LinkedHashMap<String, Severity> severities = severityOverrides(project.severities(), options.severities(),
                file + " severities");
        EnumMap<Severity, Double> severityWeights = new EnumMap<>(Severity.class);
        Map<Category, Double> categoryWeights = new EnumMap<>(Category.class);
        String weights = first(options.weights(), project.weights() == null ? "default" : project.weights());
        try {
            project.severityWeights().forEach((k, v) -> severityWeights.put(Severity.parse(k), v));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + " severityWeights: " + e.getMessage());
        }
        try {
            project.categoryWeights().forEach((k, v) -> categoryWeights.put(Category.parse(k), v));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + " categoryWeights: " + e.getMessage());
        }
        try {
            ScoringModel.named(weights);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin(options.weights(), "--weights", file, "weights") + ": " + e.getMessage());
        }
        List<String> ruleDirs = concat(project.rules().stream().map(r -> base.resolve(r).toString()).toList(),
                options.ruleDirs().stream().map(Path::toString).toList());
        List<String> lexiconDirs = concat(project.lexicons().stream().map(r -> base.resolve(r).toString()).toList(),
                options.lexiconDirs().stream().map(Path::toString).toList());
        List<String> glossaries = concat(project.glossaries().stream().map(r -> base.resolve(r).toString()).toList(),
                options.glossaries().stream().map(Path::toString).toList());
        EngineSettings settings = new EngineSettings(ruleDirs, lexiconDirs, concat(project.enable(), options.enable()),
                concat(project.disable(), options.disable()), severities, variant, date, today, weights, severityWeights,
                categoryWeights, first(options.passThreshold(), project.passThreshold()),
                first(options.acceptablePenalty(), project.acceptablePenalty()), glossaries,
                severityOrigins(project.severities(), options.severities(), file + " severities"),
                selectionOrigins(project, options, file));
        settings.scoring();
        return settings;
    }

    /** The scoring model; throws on a bad weights name or threshold. */
    public ScoringModel scoring() throws ConfigException {
        try {
            return ScoringModel.named(weights).withWeights(severityWeights, categoryWeights)
                    .withThresholds(passThreshold, acceptablePenalty);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    public RuleSettings ruleSettings() {
        return new RuleSettings(date, today, variant, severities);
    }

    /** Starts loading LanguageTool in the background, to overlap with reading the rules and the inputs. */
    public void warmUp() {
        warmUp(Optional.empty());
    }

    /** As {@link #warmUp()}, with what LanguageTool builds on every start kept in {@code cacheFolder} for the next. */
    public void warmUp(Optional<Path> cacheFolder) {
        LanguageToolWarmUp.start(variant == null ? EnglishVariant.US : variant, cacheFolder);
    }

    /** The analyzer and the selected rules; fails on a rule file, lexicon or rule id that is not right. */
    public Components components() throws ConfigException {
        return components(variant, List.of(), List.of());
    }

    /**
     * As {@link #components()}, in another variety (null: each text's own) and with more rules switched on and off, as
     * a server's request asks.
     */
    public Components components(EnglishVariant otherVariant, List<String> moreEnable, List<String> moreDisable)
            throws ConfigException {
        // the request's own choice wins over the server's: a rule the configuration switches on may be switched off
        List<String> enabled = concat(enable.stream().filter(id -> !moreDisable.contains(id)).toList(), moreEnable);
        List<String> disabled = concat(disable.stream().filter(id -> !moreEnable.contains(id)).toList(), moreDisable);
        Components components = Components.build(otherVariant, paths(ruleDirs), paths(lexiconDirs), paths(glossaries),
                new Components.Selection(enabled, disabled, selectionOrigins));
        Map<String, List<String>> byOrigin = new LinkedHashMap<>();
        severities.keySet().forEach(id -> byOrigin.computeIfAbsent(severityOrigins.getOrDefault(id, "--severity"),
                origin -> new ArrayList<>()).add(id));
        for (Map.Entry<String, List<String>> given : byOrigin.entrySet()) {
            components.requireRules(given.getValue(), given.getKey());
        }
        return components;
    }

    /** The engine the CLI checks with, built from these settings. */
    public Linter linter(Components components, Baseline baseline, int threads, String toolVersion) throws ConfigException {
        return new Linter(components.analyzer, components.sourceAnalyzer, components.rules, ruleSettings(), scoring(), baseline,
                threads, toolVersion);
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().map(Path::of).toList();
    }

    private static String origin(Object commandLineValue, String option, String file, String configKey) {
        return commandLineValue != null ? option : file + " " + configKey;
    }

    private static EnglishVariant parseVariant(String value, String origin) throws ConfigException {
        try {
            return value == null ? null : EnglishVariant.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + ": " + e.getMessage());
        }
    }

    private static LocalDate parseDate(String value, String origin) throws ConfigException {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConfigException(origin + ": '" + value + "' is not a date like 2022-09-16");
        }
    }

    private static LinkedHashMap<String, String> severityOrigins(Map<String, String> fromConfig, Map<String, String> fromCli,
                                                                String configOrigin) {
        LinkedHashMap<String, String> origins = new LinkedHashMap<>();
        fromConfig.keySet().forEach(id -> origins.put(id, configOrigin));
        fromCli.keySet().forEach(id -> origins.put(id, "--severity"));
        return origins;
    }

    /** The project file's enable and disable ids that the command line does not give too. */
    private static LinkedHashMap<String, String> selectionOrigins(ProjectConfig project, Options options, String file) {
        LinkedHashMap<String, String> origins = new LinkedHashMap<>();
        project.enable().stream().filter(id -> !options.enable().contains(id)).forEach(id -> origins.put(id, file + " enable"));
        project.disable().stream().filter(id -> !options.disable().contains(id)).forEach(id -> origins.put(id, file + " disable"));
        return origins;
    }

    private static LinkedHashMap<String, Severity> severityOverrides(Map<String, String> fromConfig,
                                                                     Map<String, String> fromCli, String configOrigin)
            throws ConfigException {
        LinkedHashMap<String, Severity> result = new LinkedHashMap<>();
        Map<String, String> all = new LinkedHashMap<>(fromConfig);
        all.putAll(fromCli);
        for (Map.Entry<String, String> e : all.entrySet()) {
            try {
                result.put(e.getKey(), Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                String origin = fromCli.containsKey(e.getKey()) ? "--severity" : configOrigin;
                throw new ConfigException(origin + " " + e.getKey() + ": " + ex.getMessage());
            }
        }
        return result;
    }

    /**
     * What the project file's paths are relative to: its folder, or the working folder when there is no
     * {@code --config}.
     */
    public static Path configFolder(Path config) {
        if (config == null) {
            return Path.of("");
        }
        Path parent = config.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
