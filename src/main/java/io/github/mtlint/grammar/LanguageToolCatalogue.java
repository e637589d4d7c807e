package io.github.mtlint.grammar;

import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.rule.RuleIds;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ids of LanguageTool's English rules and rule categories, switched on or not, so that {@code lt.} ids and
 * globs the user gives can be checked and expanded. Rules differ slightly between the variants (the speller's id).
 */
public record LanguageToolCatalogue(Set<String> ruleIds, Set<String> categoryIds) {

    public LanguageToolCatalogue {
        ruleIds = Set.copyOf(ruleIds);
        categoryIds = Set.copyOf(categoryIds);
    }

    public static LanguageToolCatalogue of(Collection<EnglishVariant> variants) {
        Set<String> rules = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        for (EnglishVariant variant : variants) {
            for (Rule rule : new JLanguageTool(Languages.getLanguageForShortCode(variant.code())).getAllRules()) {
                rules.add(rule.getId());
                categories.add(rule.getCategory().getId().toString());
            }
        }
        return new LanguageToolCatalogue(rules, categories);
    }

    /** Rule ids the pattern (an id or a glob such as {@code EN_QUOTES*}, without {@code lt.}) names, sorted. */
    public Set<String> rulesMatching(String pattern) {
        return matching(ruleIds, pattern);
    }

    /** Category ids the pattern names, sorted. */
    public Set<String> categoriesMatching(String pattern) {
        return matching(categoryIds, pattern);
    }

    private static Set<String> matching(Set<String> ids, String pattern) {
        Set<String> matches = new TreeSet<>();
        ids.stream().filter(id -> RuleIds.matches(pattern, id)).forEach(matches::add);
        return matches;
    }
}
