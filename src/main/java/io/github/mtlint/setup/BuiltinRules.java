package io.github.mtlint.setup;

import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.VarietyDetector;
import io.github.mtlint.rule.builtin.accuracy.AdditionRule;
import io.github.mtlint.rule.builtin.accuracy.CountryRule;
import io.github.mtlint.rule.builtin.accuracy.NameRule;
import io.github.mtlint.rule.builtin.accuracy.OmissionRule;
import io.github.mtlint.rule.builtin.accuracy.UntranslatedRule;
import io.github.mtlint.rule.builtin.accuracy.NumberRule;
import io.github.mtlint.rule.builtin.encoding.InvisibleCharacterRule;
import io.github.mtlint.rule.builtin.entity.CountryConfusionRule;
import io.github.mtlint.rule.builtin.entity.NameInconsistencyRule;
import io.github.mtlint.rule.builtin.entity.NameVariantRule;
import io.github.mtlint.rule.builtin.entity.OfficeHolderCountryRule;
import io.github.mtlint.rule.builtin.entity.OutdatedNameRule;
import io.github.mtlint.rule.builtin.encoding.MojibakeRule;
import io.github.mtlint.rule.builtin.encoding.UntranslatedScriptRule;
import io.github.mtlint.rule.builtin.locale.NumberGroupingRule;
import io.github.mtlint.rule.builtin.locale.SpellingVariants;
import io.github.mtlint.rule.builtin.locale.SpellingVarietyRule;
import io.github.mtlint.rule.builtin.locale.VariantSpellingFilter;
import io.github.mtlint.rule.builtin.punctuation.MixedQuotesRule;
import io.github.mtlint.rule.builtin.punctuation.UnbalancedQuotesRule;
import io.github.mtlint.rule.builtin.repetition.DegenerateTextRule;
import io.github.mtlint.rule.builtin.repetition.MtLoopRule;
import io.github.mtlint.rule.builtin.repetition.RepeatedPhraseRule;
import io.github.mtlint.rule.builtin.sentence.BrokenPhraseRule;
import io.github.mtlint.rule.builtin.sentence.FragmentRule;
import io.github.mtlint.rule.builtin.sentence.MissingSentenceBoundaryRule;
import io.github.mtlint.rule.builtin.sentence.SurnameFilter;
import io.github.mtlint.rule.builtin.entity.NameSpanFinder;
import io.github.mtlint.rule.NameSpans;
import io.github.mtlint.rule.builtin.sentence.TruncatedFragmentRule;
import io.github.mtlint.rule.builtin.sentence.UnterminatedParagraphRule;
import io.github.mtlint.glossary.Glossary;
import io.github.mtlint.rule.builtin.terminology.DoNotTranslateRule;
import io.github.mtlint.rule.builtin.terminology.GlossaryRule;
import io.github.mtlint.rule.builtin.terminology.InconsistentFormRule;
import io.github.mtlint.rule.builtin.terminology.InconsistentTranslationRule;
import io.github.mtlint.rule.builtin.terminology.PhraseDriftRule;
import io.github.mtlint.rule.data.RuleFileException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The Java rules and filters, each with its metadata and word lists from {@code rules/builtin}. */
final class BuiltinRules {

    private final Map<String, RuleSpec> specs;
    private final Map<String, RuleSpec> unused;

    private final Lexicon lexicon;
    private final Glossary glossary;
    private final SpellingVariants variants;

    BuiltinRules(Map<String, RuleSpec> specs, Lexicon lexicon, Glossary glossary) throws RuleFileException {
        this.specs = specs;
        this.lexicon = lexicon;
        this.glossary = glossary;
        this.unused = new HashMap<>(specs);
        RuleSpec variety = spec("locale.spelling-variety");
        this.variants = new SpellingVariants(variety.list("pairs"), variety.list("suffixes"));
    }

    /** The names in a document, which LanguageTool's spellers skip. */
    NameSpans nameSpans() throws RuleFileException {
        return new NameSpanFinder(lexicon, spec("entity.name-variant").list("capitalisedWords"));
    }

    /** Tells a text's English variety, for LanguageTool's choice of speller. */
    VarietyDetector varietyDetector() {
        return variants;
    }

    void register(RuleSet.Builder builder) throws RuleFileException {
        add(builder, "sentence.missing-boundary", MissingSentenceBoundaryRule::new);
        add(builder, "sentence.broken-phrase", BrokenPhraseRule::new);
        add(builder, "sentence.truncated-fragment", TruncatedFragmentRule::new);
        add(builder, "sentence.unterminated-paragraph", UnterminatedParagraphRule::new);
        add(builder, "sentence.fragment", FragmentRule::new);
        add(builder, "repetition.repeated-phrase", RepeatedPhraseRule::new);
        add(builder, "repetition.mt-loop", MtLoopRule::new);
        add(builder, "repetition.degenerate", DegenerateTextRule::new);
        add(builder, "terminology.inconsistent-form", InconsistentFormRule::new);
        add(builder, "terminology.phrase-drift", PhraseDriftRule::new);
        builder.add(new GlossaryRule(take("terminology.glossary"), glossary));
        builder.add(new DoNotTranslateRule(take("terminology.do-not-translate"), glossary));
        add(builder, "terminology.inconsistent-translation", InconsistentTranslationRule::new);
        add(builder, "punctuation.unbalanced", UnbalancedQuotesRule::new);
        add(builder, "punctuation.mixed-quotes", MixedQuotesRule::new);
        add(builder, "encoding.mojibake", MojibakeRule::new);
        add(builder, "encoding.invisible-character", InvisibleCharacterRule::new);
        add(builder, "untranslated.source-script", UntranslatedScriptRule::new);
        builder.add(new CountryConfusionRule(take("entity.country-confusion").meta(), lexicon));
        builder.add(new OfficeHolderCountryRule(take("entity.office-holder-country").meta(), lexicon));
        builder.add(new NameVariantRule(take("entity.name-variant").meta(), lexicon));
        builder.add(new NameInconsistencyRule(take("entity.name-inconsistency"), lexicon));
        builder.add(new OutdatedNameRule(take("entity.outdated-name"), lexicon));
        builder.add(new SpellingVarietyRule(take("locale.spelling-variety").meta(), variants));
        add(builder, "locale.number-grouping", NumberGroupingRule::new);
        builder.add(new NameRule(take("accuracy.name"), lexicon));
        builder.add(new CountryRule(take("accuracy.country"), lexicon));
        add(builder, "accuracy.omission", OmissionRule::new);
        add(builder, "accuracy.addition", AdditionRule::new);
        add(builder, "accuracy.untranslated", UntranslatedRule::new);
        add(builder, "accuracy.number", NumberRule::new);
        builder.filter(new VariantSpellingFilter(variants));
        builder.filter(new SurnameFilter(spec("sentence.missing-boundary").list("surnames")));
        if (!unused.isEmpty()) {
            throw new RuleFileException("rules/builtin: no Java rule for " + String.join(", ", unused.keySet().stream().sorted().toList()));
        }
    }

    private void add(RuleSet.Builder builder, String id, Function<RuleSpec, Rule> factory) throws RuleFileException {
        builder.add(factory.apply(take(id)));
    }

    private RuleSpec take(String id) throws RuleFileException {
        unused.remove(id);
        return spec(id);
    }

    private RuleSpec spec(String id) throws RuleFileException {
        RuleSpec spec = specs.get(id);
        if (spec == null) {
            throw new RuleFileException("rules/builtin: the description of " + id + " (" + id.replace('.', '/') + ".yml) is missing");
        }
        return spec;
    }
}
