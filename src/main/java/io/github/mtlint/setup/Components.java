package io.github.mtlint.setup;

import io.github.mtlint.source.ChineseSourceAnalyzer;
import io.github.mtlint.text.SourceAnalyzer;
import io.github.mtlint.config.BundledResources;
import io.github.mtlint.config.ConfigException;
import io.github.mtlint.glossary.Glossary;
import io.github.mtlint.glossary.GlossaryException;
import io.github.mtlint.glossary.GlossaryReader;
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
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.NameSpans;
import io.github.mtlint.rule.RuleSpecException;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.data.RuleFileException;
import io.github.mtlint.rule.data.RuleFileLoader;
import io.github.mtlint.text.AbbreviationJoins;
import io.github.mtlint.text.DatelineDetector;
import io.github.mtlint.text.ParagraphClassifier;
import io.github.mtlint.text.ParagraphConventions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds what a command needs from the bundled rules and the user's additions: the analyzer, the rules
 * (Java rules, rule packs, LanguageTool) and the rule selection. Shared by every composition root (the CLI, the
 * Spark job), so that each checks with the same engine.
 */
public final class Components {

    /**
     * What the user asked to switch on or off ({@code --enable}, {@code --disable}; ids or globs).
     *
     * @param origins where an id or glob was given when not on the command line ("mtlint.yml disable"), for errors
     */
    public record Selection(List<String> enable, List<String> disable, Map<String, String> origins) {

        public Selection(List<String> enable, List<String> disable) {
            this(enable, disable, Map.of());
        }

        public static Selection none() {
            return new Selection(List.of(), List.of());
        }

        /** "mtlint.yml disable: " for an id the project file gave, "" for one of the command line. */
        String originOf(String pattern) {
            String origin = origins.get(pattern);
            return origin == null ? "" : origin + ": ";
        }

        /**
         * Whether the rule runs: as the most specific --enable or --disable naming it says (an id given to both is
         * enabled), else as its default; see {@link RuleSelector}.
         */
        public boolean keeps(RuleMeta meta) {
            return RuleSelector.keeps(this, meta);
        }
    }

    private final RuleSelector selector;
    public final LanguageToolSessions sessions;
    public final LanguageToolAnalyzer analyzer;
    /** Analyses the sources of bilingual inputs; loads HanLP only when a Chinese source comes. */
    public final SourceAnalyzer sourceAnalyzer;
    public final LanguageToolRule languageTool;
    public final LanguageToolMapping mapping;
    /** Every rule, selected or not, for listings. */
    public final RuleSet allRules;
    /** The rules this run checks with. */
    public final RuleSet rules;

    private Components(RuleSelector selector, LanguageToolSessions sessions, LanguageToolAnalyzer analyzer,
                       SourceAnalyzer sourceAnalyzer, LanguageToolMapping mapping, RuleSet allRules, RuleSet rules) {
        this.selector = selector;
        this.sourceAnalyzer = sourceAnalyzer;
        this.sessions = sessions;
        this.analyzer = analyzer;
        this.mapping = mapping;
        this.allRules = allRules;
        this.rules = rules;
        this.languageTool = (LanguageToolRule) allRules.rule("lt.*").orElseThrow();
    }

    /** The word lists several Java rules share, in the bundled {@code rules/} folder. */
    static final String SHARED_DATA = "shared.yml";

    public static Components build(EnglishVariant variant, List<Path> userRuleDirs, List<Path> userLexiconDirs, Selection selection)
            throws ConfigException {
        return build(variant, userRuleDirs, userLexiconDirs, List.of(), selection);
    }

    /** @param glossaries the user's glossaries ({@code --glossary}): files, or {@link #NEWS_GLOSSARY} for the bundled one */
    public static Components build(EnglishVariant variant, List<Path> userRuleDirs, List<Path> userLexiconDirs,
                                   List<Path> glossaries, Selection selection) throws ConfigException {
        Path root;
        LanguageToolMapping mapping;
        ParagraphClassifier classifier;
        RuleFileLoader loader = new RuleFileLoader();
        SharedData shared;
        try {
            root = BundledResources.rulesRoot();
            mapping = LanguageToolMapping.load(root.resolve("languagetool.yml"));
            shared = loader.loadSharedData(root.resolve(SHARED_DATA), "rules/" + SHARED_DATA);
            ParagraphConventions conventions = ParagraphConventions.load(root.resolve("paragraphs.yml"));
            classifier = new ParagraphClassifier(conventions, new DatelineDetector(shared.months(), quantityWords(shared)));
        } catch (IOException | RuleFileException | RuleSpecException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        Lexicon lexicon = loadLexicon(root, userLexiconDirs);
        Glossary glossary = loadGlossary(root, glossaries);
        RuleSelector selector = new RuleSelector(selection, mapping, variant);
        RuleSelector.LanguageToolChoice languageTool = selector.languageTool();
        RuleSet.Builder builder = RuleSet.builder();
        LanguageToolSessions sessions;
        List<NameSpans> names;
        try {
            BuiltinRules builtin = new BuiltinRules(loader.loadJavaRuleSpecs(root.resolve("builtin"), "rules/builtin"), lexicon, glossary,
                    shared);
            sessions = new LanguageToolSessions(variant, builtin.varietyDetector(), languageTool.disabledRules(),
                    languageTool.enabledRules(), languageTool.disabledCategories(), mapping.acceptedWords());
            builtin.register(builder);
            names = builtin.nameSpans();
            builder.addAll(loader.loadPacks(root.resolve("packs"), "rules/packs"));
            for (Path dir : userRuleDirs) {
                builder.addAll(loader.loadPacks(dir, dir.toString()));
            }
        } catch (RuleFileException | IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        LanguageToolAnalyzer analyzer = new LanguageToolAnalyzer(sessions, classifier,
                new AbbreviationJoins(shared.list("abbreviations"), shared.list("weekdays")));
        builder.add(new LanguageToolRule(sessions, analyzer, mapping, names));
        RuleSet all = builder.build();
        selector.requireKnown(all);
        RuleSet selected = all.select(selector::keeps);
        return new Components(selector, sessions, analyzer, new ChineseSourceAnalyzer(lexicon.chinese()), mapping, all, selected);
    }

    /** What makes a number before it a quantity rather than a year, for the year a text names most: "2000 km", "2020 percent". */
    static List<String> quantityWords(SharedData shared) {
        List<String> words = new ArrayList<>(shared.list("percentWords"));
        words.addAll(shared.list("units"));
        return words;
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

    /** The name that switches on the bundled zh→en news glossary: {@code --glossary zh-en-news}. */
    public static final String NEWS_GLOSSARY = "zh-en-news";

    /**
     * The glossaries named: files, or the name of a bundled one ({@code rules/glossaries/NAME.tsv}) where no such file
     * exists. Bundled glossaries come first, so that the user's files override them term by term. None by default.
     */
    private static Glossary loadGlossary(Path root, List<Path> named) throws ConfigException {
        List<Path> bundled = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : named) {
            Path candidate = root.resolve("glossaries").resolve(path.toString() + ".tsv");
            if (!java.nio.file.Files.exists(path) && path.getNameCount() == 1 && java.nio.file.Files.isRegularFile(candidate)) {
                bundled.add(candidate);
            } else {
                files.add(path);
            }
        }
        try {
            return GlossaryReader.read(bundled).overriddenBy(GlossaryReader.read(files));
        } catch (GlossaryException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The metadata of every rule, LanguageTool's one by one when asked. */
    public List<RuleMeta> metas(boolean includeLanguageTool) {
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

    /** Fails on an id or glob (as in --severity) that names no rule of this run, mtlint's or LanguageTool's. */
    public void requireRules(Collection<String> patterns, String option) throws ConfigException {
        selector.requireRules(allRules, patterns, option);
    }
}
