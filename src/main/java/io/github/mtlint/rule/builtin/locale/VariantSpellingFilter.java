package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;
import io.github.mtlint.rule.IssueFilter;

import java.util.List;

/**
 * A correct British or American spelling is not a typo: LanguageTool's speller for one variety calls the other
 * variety's words misspelt, and its word-coherency rule reports every later use of a word spelt both ways.
 * Whether the variety fits the document is {@code locale.spelling-variety}'s question, reported once per word.
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
        return issue.ruleId().startsWith("lt.")
                && (issue.category() == Category.FLUENCY_SPELLING || issue.ruleId().equals(WORD_COHERENCY));
    }

    private static final String WORD_COHERENCY = "lt.EN_WORD_COHERENCY";
}
