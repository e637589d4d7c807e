package io.github.mtlint.grammar;

import io.github.mtlint.model.EnglishVariant;
import org.languagetool.Language;
import org.languagetool.Languages;

import java.util.Set;

/**
 * Hands each worker thread its own LanguageTool, built on first use with the run's variant and rule
 * selection: building one costs about a second and they are not thread-safe.
 */
public final class LanguageToolSessions {

    private final EnglishVariant variant;
    private final Set<String> disabledRules;
    private final Set<String> enabledRules;
    private final ThreadLocal<CheckingLanguageTool> perThread = ThreadLocal.withInitial(this::create);

    /**
     * @param disabledRules LanguageTool rule ids to switch off (the noise list and the user's {@code --disable lt.X})
     * @param enabledRules  LanguageTool rule ids to switch on although they are off by default
     */
    public LanguageToolSessions(EnglishVariant variant, Set<String> disabledRules, Set<String> enabledRules) {
        this.variant = variant == null ? EnglishVariant.US : variant;
        this.disabledRules = Set.copyOf(disabledRules);
        this.enabledRules = Set.copyOf(enabledRules);
    }

    public EnglishVariant variant() {
        return variant;
    }

    CheckingLanguageTool current() {
        return perThread.get();
    }

    private CheckingLanguageTool create() {
        Language language = Languages.getLanguageForShortCode(variant.code());
        CheckingLanguageTool lt = new CheckingLanguageTool(language);
        disabledRules.forEach(lt::disableRule);
        enabledRules.forEach(lt::enableRule);
        return lt;
    }
}
