package io.github.mtlint.cli;

import io.github.mtlint.config.BundledResources;
import io.github.mtlint.config.ConfigException;
import io.github.mtlint.grammar.LanguageToolAnalyzer;
import io.github.mtlint.grammar.LanguageToolMapping;
import io.github.mtlint.grammar.LanguageToolRule;
import io.github.mtlint.grammar.LanguageToolSessions;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.LexiconException;
import io.github.mtlint.lexicon.LexiconLoader;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleIds;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.builtin.entity.NameSpanFinder;
import io.github.mtlint.rule.data.RuleFileException;
import io.github.mtlint.rule.data.RuleFileLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds what a command needs from the bundled rules and the user's additions: the analyzer, the rules
 * (Java rules, rule packs, LanguageTool) and the rule selection. The one place that knows every package.
 */
final class Components {

    /** What the user asked to switch on or off ({@code --enable}, {@code --disable}; ids or globs). */
    record Selection(List<String> enable, List<String> disable) {

        static Selection none() {
            return new Selection(List.of(), List.of());
        }

        /** Rules off by default run when enabled by id or glob; an exact --enable beats a --disable glob. */
        boolean keeps(RuleMeta meta) {
            String ruleId = meta.id();
            boolean disabled = disable.stream().anyMatch(p -> RuleIds.matches(p, ruleId));
            boolean enabled = enable.stream().anyMatch(p -> RuleIds.matches(p, ruleId));
            if (enable.contains(ruleId)) {
                return true;
            }
            return !disabled && (meta.enabledByDefault() || enabled);
        }
    }

    final LanguageToolSessions sessions;
    final LanguageToolAnalyzer analyzer;
    final LanguageToolRule languageTool;
    final LanguageToolMapping mapping;
    /** Every rule, selected or not, for listings. */
    final RuleSet allRules;
    /** The rules this run checks with. */
    final RuleSet rules;

    private Components(LanguageToolSessions sessions, LanguageToolMapping mapping, RuleSet allRules, RuleSet rules) {
        this.sessions = sessions;
        this.analyzer = new LanguageToolAnalyzer(sessions);
        this.mapping = mapping;
        this.allRules = allRules;
        this.rules = rules;
        this.languageTool = (LanguageToolRule) allRules.rule("lt.*").orElseThrow();
    }

    static Components build(EnglishVariant variant, List<Path> userRuleDirs, List<Path> userLexiconDirs, Selection selection)
            throws ConfigException {
        Path root;
        LanguageToolMapping mapping;
        try {
            root = BundledResources.rulesRoot();
            mapping = LanguageToolMapping.load(root.resolve("languagetool.yml"));
        } catch (IOException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        Lexicon lexicon = loadLexicon(root, userLexiconDirs);
        RuleSet.Builder builder = RuleSet.builder();
        RuleFileLoader loader = new RuleFileLoader();
        LanguageToolSessions sessions;
        try {
            BuiltinRules builtin = new BuiltinRules(loader.loadJavaRuleSpecs(root.resolve("builtin"), "rules/builtin"), lexicon);
            sessions = new LanguageToolSessions(variant, builtin.varietyDetector(), languageToolDisabled(mapping, selection),
                    languageToolEnabled(mapping, selection), languageToolDisabledCategories(mapping, selection));
            builtin.register(builder);
            builder.addAll(loader.loadPacks(root.resolve("packs"), "rules/packs"));
            for (Path dir : userRuleDirs) {
                builder.addAll(loader.loadPacks(dir, dir.toString()));
            }
        } catch (RuleFileException | IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        builder.add(new LanguageToolRule(sessions, mapping, List.of(new NameSpanFinder(lexicon))));
        RuleSet all = builder.build();
        checkSelection(all, selection);
        RuleSet selected = all.select(rule -> rule.id().equals("lt.*")
                ? selection.disable().stream().noneMatch(p -> p.equals("lt.*") || p.equals("*"))
                : selection.keeps(rule.meta()));
        return new Components(sessions, mapping, all, selected);
    }

    private static Lexicon loadLexicon(Path root, List<Path> userLexiconDirs) throws ConfigException {
        List<Path> folders = new ArrayList<>();
        folders.add(root.resolve("lexicons"));
        folders.addAll(userLexiconDirs);
        try {
            return new LexiconLoader().load(folders);
        } catch (LexiconException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The metadata of every rule, LanguageTool's one by one when asked. */
    List<RuleMeta> metas(boolean includeLanguageTool) {
        List<RuleMeta> metas = new ArrayList<>();
        for (Rule rule : allRules.rules()) {
            if (rule == languageTool && includeLanguageTool) {
                metas.addAll(languageTool.activeRules());
            } else {
                metas.add(rule.meta());
            }
        }
        return metas;
    }

    private static Set<String> languageToolDisabled(LanguageToolMapping mapping, Selection selection) {
        Set<String> disabled = new HashSet<>(mapping.disabled().keySet());
        for (String pattern : selection.disable()) {
            if (pattern.startsWith(LanguageToolRule.PREFIX) && !pattern.endsWith("*")) {
                disabled.add(pattern.substring(LanguageToolRule.PREFIX.length()));
            }
        }
        for (String id : selection.enable()) {
            if (id.startsWith(LanguageToolRule.PREFIX)) {
                disabled.remove(id.substring(LanguageToolRule.PREFIX.length()));
            }
        }
        return disabled;
    }

    /** Categories switched off for news, unless the user names one with --enable lt.CATEGORY. */
    private static Set<String> languageToolDisabledCategories(LanguageToolMapping mapping, Selection selection) {
        Set<String> disabled = new HashSet<>(mapping.disabledCategories().keySet());
        selection.enable().forEach(id -> disabled.remove(id.startsWith(LanguageToolRule.PREFIX)
                ? id.substring(LanguageToolRule.PREFIX.length()) : id));
        return disabled;
    }

    private static Set<String> languageToolEnabled(LanguageToolMapping mapping, Selection selection) {
        Set<String> enabled = new HashSet<>(mapping.keptRules());
        for (String id : selection.enable()) {
            if (id.startsWith(LanguageToolRule.PREFIX) && !id.endsWith("*")) {
                enabled.add(id.substring(LanguageToolRule.PREFIX.length()));
            }
        }
        return enabled;
    }

    /** An --enable/--disable that names no rule is a typo the user wants to hear about. */
    private static void checkSelection(RuleSet all, Selection selection) throws ConfigException {
        List<String> patterns = new ArrayList<>(selection.enable());
        patterns.addAll(selection.disable());
        for (String pattern : patterns) {
            if (pattern.startsWith(LanguageToolRule.PREFIX) || pattern.equals("*")) {
                continue;
            }
            boolean known = all.rules().stream().anyMatch(r -> RuleIds.matches(pattern, r.id()));
            if (!known) {
                throw new ConfigException("unknown rule '" + pattern + "' (see 'mtlint rules')");
            }
        }
    }
}
