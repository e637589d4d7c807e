package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;
import io.github.mtlint.rule.IssueFilter;

import java.util.List;

/**
 * A correct British or American spelling is not a typo: LanguageTool's speller for one variety calls the other
 * variety's words misspelt. Whether the variety fits the document is {@code locale.spelling-variety}'s question.
 */
public final class VariantSpellingFilter implements IssueFilter {

    private final SpellingVariants variants;

    public VariantSpellingFilter(SpellingVariants variants) {
        this.variants = variants;
    }

    @Override
    public List<Issue> filter(Document document, List<Issue> issues) {
        return issues.stream().filter(i -> !(isLanguageToolSpelling(i) && variants.lookup(document.text(i.span())).isPresent()))
                .toList();
    }

    private static boolean isLanguageToolSpelling(Issue issue) {
        return issue.ruleId().startsWith("lt.") && issue.category() == Category.FLUENCY_SPELLING;
    }
}
