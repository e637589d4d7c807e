package io.github.mtlint.grammar;

import io.github.mtlint.grammar.LanguageToolInternals.CheckingLanguageTool;
import io.github.mtlint.model.EnglishVariant;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.spelling.SpellingCheckRule;

import io.github.mtlint.rule.VarietyDetector;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands each worker thread its own LanguageTool for each English variety, built on first use with the run's rule
 * selection: building one costs about a second and they are not thread-safe. Without {@code --variant} each
 * document is checked with the variety its spellings follow, so a British text gets the British speller.
 */
public final class LanguageToolSessions {

    private final EnglishVariant fixedVariant;
    private final VarietyDetector detector;
    private final Set<String> disabledRules;
    private final Set<String> enabledRules;
    private final Set<String> disabledCategories;
    private final List<String> acceptedWords;
    private final ThreadLocal<Map<EnglishVariant, CheckingLanguageTool>> perThread =
            ThreadLocal.withInitial(() -> new EnumMap<>(EnglishVariant.class));
    private final ThreadLocal<Map<EnglishVariant, CheckingLanguageTool>> analyzersPerThread =
            ThreadLocal.withInitial(() -> new EnumMap<>(EnglishVariant.class));

    /**
     * @param variant       the variety the user asked for, or null to follow each document
     * @param detector      tells a document's variety when none was asked for
     * @param disabledRules LanguageTool rule ids to switch off (the noise list and the user's {@code --disable lt.X})
     * @param enabledRules  LanguageTool rule ids to switch on although they are off by default (or their category is)
     * @param disabledCategories LanguageTool category ids to switch off
     * @param acceptedWords words the spellers accept although their dictionaries lack them
     */
    public LanguageToolSessions(EnglishVariant variant, VarietyDetector detector, Set<String> disabledRules,
                                Set<String> enabledRules, Set<String> disabledCategories, List<String> acceptedWords) {
        this.fixedVariant = variant;
        this.detector = detector;
        this.disabledRules = Set.copyOf(disabledRules);
        this.enabledRules = Set.copyOf(enabledRules);
        this.disabledCategories = Set.copyOf(disabledCategories);
        this.acceptedWords = List.copyOf(acceptedWords);
    }

    /** The variety to check a text with: the one asked for, else the text's, else American. */
    public EnglishVariant variantFor(String text) {
        if (fixedVariant != null) {
            return fixedVariant;
        }
        return detector.variety(text).orElse(EnglishVariant.US);
    }

    /** The variety named in listings: the one asked for, else American. */
    public EnglishVariant defaultVariant() {
        return fixedVariant == null ? EnglishVariant.US : fixedVariant;
    }

    CheckingLanguageTool current(EnglishVariant variant) {
        return perThread.get().computeIfAbsent(variant, this::create);
    }

    CheckingLanguageTool current() {
        return current(defaultVariant());
    }

    /** This thread's LanguageTool for analysing texts only: ready before the rules are loaded, and cheap to make. */
    CheckingLanguageTool analyzing(EnglishVariant variant) {
        return analyzersPerThread.get().computeIfAbsent(variant,
                v -> CheckingLanguageTool.forAnalysis(LanguageToolWarmUp.analyzable(v)));
    }

    private CheckingLanguageTool create(EnglishVariant variant) {
        CheckingLanguageTool lt = new CheckingLanguageTool(LanguageToolWarmUp.loaded(variant));
        disabledRules.forEach(lt::disableRule);
        disabledCategories.forEach(c -> lt.disableCategory(new CategoryId(c)));
        enabledRules.forEach(lt::enableRule);
        for (org.languagetool.rules.Rule rule : lt.getAllRules()) {
            if (rule instanceof SpellingCheckRule speller) {
                speller.addIgnoreTokens(acceptedWords);
            }
        }
        return lt;
    }
}
