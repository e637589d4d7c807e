package io.github.mtlint.cli;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.setup.Components;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.grammar.LanguageToolCatalogue;
import io.github.mtlint.grammar.LanguageToolRule;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.report.Report;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.server.CheckOptions;
import io.github.mtlint.server.TextChecker;
import io.github.mtlint.text.TextToCheck;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine behind {@code mtlint serve}: the components of each rule selection a request asks for are built once
 * (seconds) and kept, the most recently used first; each request gets a light {@link Linter} on them, checking on the
 * server's worker thread, whose LanguageTool stays with the thread.
 */
final class EngineChecker implements TextChecker {

    /** Rule selections kept built: clients tend to send the same one every time, and each keeps a LanguageTool per worker. */
    private static final int KEPT_SELECTIONS = 4;

    private record Key(EnglishVariant variant, List<String> enable, List<String> disable) {
    }

    private final List<Path> ruleDirs;
    private final List<Path> lexiconDirs;
    private final ScoringModel scoring = ScoringModel.standard();
    private final String version = VersionProvider.version();
    private final Map<Key, Components> built = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Components> eldest) {
            return size() > KEPT_SELECTIONS;
        }
    };
    private LanguageToolCatalogue catalogue;

    EngineChecker(List<Path> ruleDirs, List<Path> lexiconDirs) {
        this.ruleDirs = List.copyOf(ruleDirs);
        this.lexiconDirs = List.copyOf(lexiconDirs);
    }

    @Override
    public Report check(List<? extends TextToCheck> texts, CheckOptions options) {
        return linter(options).lintPairs(texts);
    }

    private Linter linter(CheckOptions options) {
        Components components;
        try {
            components = components(new Key(options.variant(), options.enable(), options.disable()));
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        RuleSettings settings = new RuleSettings(options.date(), LocalDate.now(), options.variant(), Map.of());
        return new Linter(components.analyzer, components.sourceAnalyzer, components.rules, settings, scoring, Baseline.empty(), 1, version);
    }

    @Override
    public boolean knowsRule(String pattern) {
        try {
            Components defaults = components(new Key(null, List.of(), List.of()));
            defaults.requireRules(List.of(pattern), "rule");
            return true;
        } catch (ConfigException unknown) {
            return pattern.startsWith(LanguageToolRule.PREFIX)
                    && !catalogue().categoriesMatching(pattern.substring(LanguageToolRule.PREFIX.length())).isEmpty();
        }
    }

    /** Builds the default selection, so that the first request does not wait for it. */
    void prepare() throws ConfigException {
        components(new Key(null, List.of(), List.of()));
    }

    private synchronized Components components(Key key) throws ConfigException {
        Components components = built.get(key);
        if (components == null) {
            components = Components.build(key.variant(), ruleDirs, lexiconDirs, new Components.Selection(key.enable(), key.disable()));
            built.put(key, components);
        }
        return components;
    }

    private synchronized LanguageToolCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = LanguageToolCatalogue.of(List.of(EnglishVariant.US, EnglishVariant.GB));
        }
        return catalogue;
    }
}
