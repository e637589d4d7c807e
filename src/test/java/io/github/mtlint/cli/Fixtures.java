package io.github.mtlint.cli;

import io.github.mtlint.text.SourceAnalyzer;
import io.github.mtlint.config.ConfigException;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.Analyzer;
import io.github.mtlint.setup.Components;

import java.time.LocalDate;
import java.util.List;

/**
 * The bundled rules and the LanguageTool analyzer, built once per test JVM (building LanguageTool takes
 * seconds) and shared by every test that needs them.
 */
public final class Fixtures {

    /** "Today" in tests, so that date-dependent findings do not change with the calendar. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Components components;

    private Fixtures() {
    }

    private static synchronized Components components() {
        if (components == null) {
            try {
                components = Components.build(null, List.of(), List.of(), Components.Selection.none());
            } catch (ConfigException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return components;
    }

    public static Analyzer analyzer() {
        return components().analyzer;
    }

    /** The source analyser the bundled accuracy rules are tested with. */
    public static SourceAnalyzer sourceAnalyzer() {
        return components().sourceAnalyzer;
    }

    public static RuleSet rules() {
        return components().rules;
    }

    /** Every rule, including those off by default. */
    public static RuleSet allRules() {
        return components().allRules;
    }

    private static Components withNewsGlossary;

    /** Every rule with the bundled news glossary switched on ({@code --glossary zh-en-news}), as the glossary rules' examples need. */
    public static synchronized RuleSet allRulesWithNewsGlossary() {
        if (withNewsGlossary == null) {
            try {
                withNewsGlossary = Components.build(null, List.of(), List.of(), List.of(java.nio.file.Path.of(Components.NEWS_GLOSSARY)),
                        Components.Selection.none());
            } catch (ConfigException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return withNewsGlossary.allRules;
    }

    public static Rule rule(String id) {
        return components().allRules.rule(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    public static RuleSettings settings() {
        return RuleSettings.defaults(TODAY);
    }

    public static Linter linter() {
        return new Linter(analyzer(), sourceAnalyzer(), rules(), settings(), ScoringModel.standard(), Baseline.empty(), 2, "test");
    }

    /** A linter with the bundled rules and the user's glossaries ({@code --glossary}), built anew for each call. */
    public static Linter linterWithGlossaries(List<java.nio.file.Path> glossaries) {
        try {
            Components withGlossaries = Components.build(null, List.of(), List.of(), glossaries, Components.Selection.none());
            return new Linter(withGlossaries.analyzer, withGlossaries.sourceAnalyzer, withGlossaries.rules, settings(),
                    ScoringModel.standard(), Baseline.empty(), 2, "test");
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
