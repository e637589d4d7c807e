package io.github.mtlint.setup;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line options that choose the rules and the scoring, declared once for every command that checks
 * ({@code mtlint check}, the Spark job) as a picocli mixin; {@link EngineSettings#resolve} merges them over
 * {@code mtlint.yml}.
 */
public final class EngineOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Project configuration (default: ./mtlint.yml if present).")
    private Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule packs (*.yml) to load. Repeatable.")
    private List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Extra lexicon files (countries, people) to load. Repeatable.")
    private List<Path> lexiconDirs = new ArrayList<>();

    @Option(names = "--glossary", paramLabel = "FILE", description = "A glossary (TBX, CSV or TSV) whose terms the "
            + "translation must use; overrides the bundled one term by term. Repeatable.")
    private List<Path> glossaries = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "ID", split = ",", description = "Switch a rule on (id or glob such as lt.EN_QUOTES). Repeatable.")
    private List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", split = ",", description = "Switch a rule off (id or glob such as 'entity.*'). Repeatable.")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=SEVERITY", description = "Override a rule's severity (id or glob; the most specific match wins). Repeatable.")
    private Map<String, String> severities = new LinkedHashMap<>();

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

    /** The project file given with {@code --config}, or null. */
    public Path config() {
        return config;
    }

    public EngineSettings.Options options() {
        return new EngineSettings.Options(config, ruleDirs, lexiconDirs, enable, disable, severities, variant, date, weights,
                passThreshold, acceptablePenalty, glossaries);
    }

    /** Whether an option changes the rules' data or the scoring (a server checks with its own). */
    public boolean changesRulesOrScoring() {
        return !ruleDirs.isEmpty() || !lexiconDirs.isEmpty() || !glossaries.isEmpty() || !severities.isEmpty()
                || weights != null || passThreshold != null || acceptablePenalty != null;
    }
}
