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
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.server.CheckOptions;
import io.github.mtlint.server.TextChecker;
import io.github.mtlint.text.TextToCheck;

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

    private final EngineSettings settings;
    private final ScoringModel scoring;
    private final String version = VersionProvider.version();
    private final Map<Key, Components> built = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Components> eldest) {
            return size() > KEPT_SELECTIONS;
        }
    };
    private LanguageToolCatalogue catalogue;

    /** @param settings the server's rules and scoring, which every request's own selection adds to */
    EngineChecker(EngineSettings settings) throws ConfigException {
        this.settings = settings;
        this.scoring = settings.scoring();
    }

    @Override
    public Report check(List<? extends TextToCheck> texts, CheckOptions options) {
        return linter(options).lintPairs(texts);
    }

    private Linter linter(CheckOptions options) {
        Components components;
        try {
            components = components(new Key(variant(options), options.enable(), options.disable()));
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        RuleSettings ruleSettings = new RuleSettings(options.date() != null ? options.date() : settings.date(), LocalDate.now(),
                variant(options), settings.severities());
        return new Linter(components.analyzer, components.sourceAnalyzer, components.rules, ruleSettings, scoring, Baseline.empty(), 1, version);
    }

    private EnglishVariant variant(CheckOptions options) {
        return options.variant() != null ? options.variant() : settings.variant();
    }

    @Override
    public boolean knowsRule(String pattern) {
        try {
            Components defaults = components(new Key(settings.variant(), List.of(), List.of()));
            defaults.requireRules(List.of(pattern), "rule");
            return true;
        } catch (ConfigException unknown) {
            return pattern.startsWith(LanguageToolRule.PREFIX)
                    && !catalogue().categoriesMatching(pattern.substring(LanguageToolRule.PREFIX.length())).isEmpty();
        }
    }

    /** Builds the default selection, so that the first request does not wait for it, and fails on a bad setting. */
    void prepare() throws ConfigException {
        Components defaults = settings.components();
        synchronized (this) {
            built.put(new Key(settings.variant(), List.of(), List.of()), defaults);
        }
    }

    private synchronized Components components(Key key) throws ConfigException {
        Components components = built.get(key);
        if (components == null) {
            components = settings.components(key.variant(), key.enable(), key.disable());
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
