package io.github.mtlint.setup;

import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.glossary.Glossary;
import io.github.mtlint.rule.NameSpans;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.RuleSpecException;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.VarietyDetector;
import io.github.mtlint.rule.builtin.entity.NameSpanFinder;
import io.github.mtlint.rule.builtin.entity.PinyinGivenNameFinder;
import io.github.mtlint.rule.builtin.entity.PinyinGlossFinder;
import io.github.mtlint.rule.builtin.locale.SpellingVariants;
import io.github.mtlint.rule.builtin.locale.VariantSpellingFilter;
import io.github.mtlint.rule.builtin.sentence.SurnameFilter;
import io.github.mtlint.rule.data.RuleFileException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

/**
 * The Java rules: one per file in {@code rules/builtin}, built by the class its {@code class:} names (below
 * {@code io.github.mtlint.rule.builtin}) through that class's one public constructor taking a {@link RuleSpec}. A
 * new rule is its file, its class and its test; nothing here lists rules. What rules share (the lexicon, the
 * spelling variants, the glossary, the word lists of {@code rules/shared.yml}) is offered to every spec; the filters and the name spans LanguageTool's spellers skip are built
 * here from the data of the rules they belong to. Every spec is checked once its rule is built: data of the right
 * types, none unused, only declared message variables.
 */
final class BuiltinRules {

    static final String PACKAGE = "io.github.mtlint.rule.builtin.";

    private final Map<String, RuleSpec> specs;
    private final Lexicon lexicon;
    private final Glossary glossary;
    private final SharedData shared;
    private final SpellingVariants variants;
    private final List<NameSpans> nameSpans;
    private final SurnameFilter surnameFilter;

    /** @param shared the word lists several rules read ({@code rules/shared.yml}) */
    BuiltinRules(Map<String, RuleSpec> specs, Lexicon lexicon, Glossary glossary, SharedData shared) throws RuleFileException {
        this.specs = specs;
        this.lexicon = lexicon;
        this.glossary = glossary;
        this.shared = shared;
        try {
            RuleSpec variety = spec("locale.spelling-variety");
            this.variants = new SpellingVariants(variety.list("pairs"), variety.list("suffixes"), variety.list("iseVerbs"),
                    variety.list("iseEndings"), variety.integer("minIseForms"), variety.list("britishOnly"),
                    variety.list("britishPhrases"));
            RuleSpec names = spec("entity.name-variant");
            this.nameSpans = List.of(new NameSpanFinder(lexicon, names.list("capitalisedWords")),
                    new PinyinGlossFinder(PinyinGlossFinder.wordOf(names.text("pinyinSyllable")), names.list("glossIntroducers"), names.list("glossTranslators"),
                            names.integer("bareGlossMinLetters"), names.integer("bareGlossMinSyllables")),
                    new PinyinGivenNameFinder(names.list("chineseSurnames"), PinyinGlossFinder.wordOf(names.text("pinyinSyllable"))));
            this.surnameFilter = new SurnameFilter(spec("sentence.missing-boundary").list("surnames"));
        } catch (RuleSpecException e) {
            throw new RuleFileException(e.getMessage());
        }
    }

    /** The names in a document, and the pinyin it glosses, which LanguageTool's spellers skip. */
    List<NameSpans> nameSpans() {
        return nameSpans;
    }

    /** Tells a text's English variety, for LanguageTool's choice of speller. */
    VarietyDetector varietyDetector() {
        return variants;
    }

    /** Builds every Java rule, in the order of their files, and the filters. */
    void register(RuleSet.Builder builder) throws RuleFileException {
        for (RuleSpec spec : specs.values()) {
            builder.add(build(spec.share(Lexicon.class, lexicon).share(SpellingVariants.class, variants)
                    .share(Glossary.class, glossary).share(SharedData.class, shared)));
        }
        builder.filter(new VariantSpellingFilter(variants));
        builder.filter(surnameFilter);
    }

    private static Rule build(RuleSpec spec) throws RuleFileException {
        String className = PACKAGE + spec.ruleClass();
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new RuleFileException(spec.where() + ": rule " + spec.id() + ": no class " + className);
        }
        if (!Rule.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
            throw new RuleFileException(spec.where() + ": rule " + spec.id() + ": " + className + " is not a rule class");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor(RuleSpec.class);
        } catch (NoSuchMethodException e) {
            throw new RuleFileException(spec.where() + ": rule " + spec.id() + ": " + className
                    + " needs a public constructor taking a RuleSpec");
        }
        Rule rule;
        try {
            rule = (Rule) constructor.newInstance(spec);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new RuleFileException(cause instanceof RuleSpecException ? cause.getMessage()
                    : spec.where() + ": rule " + spec.id() + " cannot be built: " + cause);
        } catch (ReflectiveOperationException e) {
            throw new RuleFileException(spec.where() + ": rule " + spec.id() + " cannot be built: " + e);
        }
        if (!rule.id().equals(spec.id())) {
            throw new RuleFileException(spec.where() + ": " + className + " reports as " + rule.id() + ", not " + spec.id());
        }
        try {
            spec.requireComplete();
        } catch (RuleSpecException e) {
            throw new RuleFileException(e.getMessage());
        }
        return rule;
    }

    private RuleSpec spec(String id) throws RuleFileException {
        RuleSpec spec = specs.get(id);
        if (spec == null) {
            throw new RuleFileException("rules/builtin: the description of " + id + " (" + id.replace('.', '/') + ".yml) is missing");
        }
        return spec;
    }
}
