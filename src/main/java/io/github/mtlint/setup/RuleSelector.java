package io.github.mtlint.setup;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.grammar.LanguageToolCatalogue;
import io.github.mtlint.grammar.LanguageToolMapping;
import io.github.mtlint.grammar.LanguageToolRule;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleIds;
import io.github.mtlint.rule.RuleSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which rules run, for mtlint's rules and LanguageTool's alike: {@code --enable} and {@code --disable} ids and globs
 * ({@code entity.*}, {@code lt.EN_A_VS_AN}, {@code 'lt.EN_*'}, a LanguageTool category such as {@code lt.TYPOS}), the
 * most specific pattern deciding, an id given to both enabled, else the rule's default (LanguageTool's defaults are
 * the news defaults of {@code rules/languagetool.yml}). A pattern that names no rule is an error, as is a
 * {@code --severity} pattern that names none. mtlint's rules are kept or dropped here; LanguageTool's are switched in
 * LanguageTool itself, from {@link #languageTool()}.
 */
final class RuleSelector {

    /** What LanguageTool is told: its rules and categories switched off, and its rules switched on. */
    record LanguageToolChoice(Set<String> disabledRules, Set<String> enabledRules, Set<String> disabledCategories) {
    }

    private final Components.Selection selection;
    private final EnglishVariant variant;
    private final LanguageToolChoice languageTool;
    private LanguageToolCatalogue catalogue;

    /** Resolves the selection against LanguageTool's rules and categories; an unknown {@code lt.} pattern fails here. */
    RuleSelector(Components.Selection selection, LanguageToolMapping mapping, EnglishVariant variant) throws ConfigException {
        this.selection = selection;
        this.variant = variant;
        this.languageTool = resolveLanguageTool(mapping);
    }

    LanguageToolChoice languageTool() {
        return languageTool;
    }

    /** Whether a rule of mtlint runs (LanguageTool's rule as a whole runs unless {@code lt.*} or {@code *} is disabled). */
    boolean keeps(Rule rule) {
        if (rule.id().equals(LanguageToolRule.PREFIX + "*")) {
            return selection.disable().stream().noneMatch(p -> p.equals(LanguageToolRule.PREFIX + "*") || p.equals("*"));
        }
        return keeps(selection, rule.meta());
    }

    /**
     * Whether the rule runs: as the most specific --enable or --disable naming it says (an id given to both is
     * enabled), else as its default. Rules off by default run when enabled by id or glob.
     */
    static boolean keeps(Components.Selection selection, RuleMeta meta) {
        String ruleId = meta.id();
        int enabledBy = mostSpecific(selection.enable(), ruleId);
        int disabledBy = mostSpecific(selection.disable(), ruleId);
        if (enabledBy < 0 && disabledBy < 0) {
            return meta.enabledByDefault();
        }
        return enabledBy >= disabledBy;
    }

    private static int mostSpecific(List<String> patterns, String ruleId) {
        return patterns.stream().filter(p -> RuleIds.matches(p, ruleId)).mapToInt(RuleIds::specificity).max().orElse(-1);
    }

    /** An --enable/--disable that names no rule of mtlint is a typo the user wants to hear about. */
    void requireKnown(RuleSet all) throws ConfigException {
        List<String> patterns = new ArrayList<>(selection.enable());
        patterns.addAll(selection.disable());
        for (String pattern : patterns) {
            // lt. ids and globs were checked against LanguageTool's catalogue when the selection was resolved
            if (!pattern.startsWith(LanguageToolRule.PREFIX) && !namesAnyRule(all, pattern)) {
                throw new ConfigException(selection.originOf(pattern) + "unknown rule '" + pattern + "' (see 'mtlint rules')");
            }
        }
    }

    /** Fails on an id or glob (as in --severity) that names no rule of this run, mtlint's or LanguageTool's. */
    void requireRules(RuleSet all, Collection<String> patterns, String option) throws ConfigException {
        for (String pattern : patterns) {
            boolean known = namesAnyRule(all, pattern);
            if (!known && pattern.startsWith(LanguageToolRule.PREFIX)) {
                known = !catalogue().rulesMatching(pattern.substring(LanguageToolRule.PREFIX.length())).isEmpty();
            }
            if (!known) {
                throw new ConfigException(option + ": unknown rule '" + pattern + "' (see 'mtlint rules')");
            }
        }
    }

    private static boolean namesAnyRule(RuleSet rules, String pattern) {
        return pattern.equals("*") || rules.rules().stream().anyMatch(r -> RuleIds.matches(pattern, r.id()));
    }

    /**
     * LanguageTool's rules and categories switched off and on: the news defaults, then the user's {@code lt.} ids and
     * globs, the least specific first so that the most specific decides ({@code --disable 'lt.EN_*' --enable
     * lt.EN_A_VS_AN}); an id given to both is enabled. Each must name a rule or a category.
     */
    private LanguageToolChoice resolveLanguageTool(LanguageToolMapping mapping) throws ConfigException {
        Set<String> disabledRules = new HashSet<>(mapping.disabled().keySet());
        Set<String> enabledRules = new HashSet<>(mapping.keptRules());
        Set<String> disabledCategories = new HashSet<>(mapping.disabledCategories().keySet());
        record Choice(String pattern, boolean enable) {
        }
        List<Choice> choices = new ArrayList<>();
        languageToolPatterns(selection.disable()).forEach(p -> choices.add(new Choice(p, false)));
        languageToolPatterns(selection.enable()).forEach(p -> choices.add(new Choice(p, true)));
        choices.sort(Comparator.comparingInt((Choice c) -> RuleIds.specificity(c.pattern())).thenComparing(Choice::enable));
        for (Choice choice : choices) {
            Set<String> rules = catalogue().rulesMatching(choice.pattern());
            Set<String> categories = catalogue().categoriesMatching(choice.pattern());
            if (rules.isEmpty() && categories.isEmpty()) {
                throw new ConfigException(selection.originOf(LanguageToolRule.PREFIX + choice.pattern())
                        + "unknown LanguageTool rule or category '" + LanguageToolRule.PREFIX + choice.pattern()
                        + "' (see 'mtlint rules --languagetool')");
            }
            if (choice.enable()) {
                disabledRules.removeAll(rules);
                enabledRules.addAll(rules);
                disabledCategories.removeAll(categories);
            } else {
                disabledRules.addAll(rules);
                enabledRules.removeAll(rules);
                disabledCategories.addAll(categories);
            }
        }
        return new LanguageToolChoice(disabledRules, enabledRules, disabledCategories);
    }

    /** The user's patterns aimed at single LanguageTool rules or categories, without "lt.". */
    private static List<String> languageToolPatterns(List<String> patterns) {
        return patterns.stream().filter(p -> p.startsWith(LanguageToolRule.PREFIX) && !p.equals(LanguageToolRule.PREFIX + "*"))
                .map(p -> p.substring(LanguageToolRule.PREFIX.length())).toList();
    }

    /** LanguageTool's rules of the variant asked for, or of both when each document picks its own; built when first needed. */
    private LanguageToolCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = LanguageToolCatalogue.of(variant != null ? List.of(variant) : List.of(EnglishVariant.US, EnglishVariant.GB));
        }
        return catalogue;
    }
}
