package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;
import io.github.mtlint.rule.IssueFilter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correct British or American spelling is not a typo: LanguageTool's speller for one variety calls the other
 * variety's words misspelt, and its word-coherency rule reports every later use of a word spelt both ways.
 * Whether the variety fits the document is {@code locale.spelling-variety}'s question, reported once per word;
 * and a spelling used only inside names ("World Trade Organization") sets no norm.
 */
public final class VariantSpellingFilter implements IssueFilter {

    private final SpellingVariants variants;

    public VariantSpellingFilter(SpellingVariants variants) {
        this.variants = variants;
    }

    @Override
    public List<Issue> filter(Document document, List<Issue> issues) {
        // the whole text is read only where the speller rejected an -ise form
        boolean mayBeBritish = issues.stream().anyMatch(i -> isLanguageToolSpelling(i) && variants.isIseForm(document.text(i.span())))
                && variants.mayBeBritish(document.text());
        return issues.stream()
                .filter(i -> !(isLanguageToolSpelling(i) && isVarietySpelling(document.text(i.span()), mayBeBritish)))
                .filter(i -> !(i.ruleId().equals(WORD_COHERENCY) && firstFormIsInAName(document, i)))
                .toList();
    }

    /**
     * LanguageTool's coherency rule takes the first spelling as the norm, even inside a name ("World Trade
     * Organization" in a British text then makes every "organisation" wrong); names keep their own spelling.
     */
    private static boolean firstFormIsInAName(Document document, Issue issue) {
        if (issue.suggestions().isEmpty()) {
            return false;
        }
        String norm = issue.suggestions().get(0);
        String stem = norm.endsWith("s") ? norm.substring(0, norm.length() - 1) : norm;
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(stem) + "(?:s|es)?(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(document.text());
        return m.find() && Character.isUpperCase(m.group().charAt(0)) && !atSentenceStart(document.text(), m.start());
    }

    private static boolean atSentenceStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || ".!?\"\u201C".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A listed pair's spelling ("colours"); or an -ise form ("equalised") in a text nothing makes American, which
     * the American speller checks only because a single British form is too little to choose the British one.
     */
    private boolean isVarietySpelling(String word, boolean mayBeBritish) {
        return variants.isPairSpelling(word) || mayBeBritish && variants.isIseForm(word);
    }

    private static boolean isLanguageToolSpelling(Issue issue) {
        return issue.ruleId().startsWith("lt.")
                && (issue.category() == Category.FLUENCY_SPELLING || issue.ruleId().equals(WORD_COHERENCY));
    }

    private static final String WORD_COHERENCY = "lt.EN_WORD_COHERENCY";
}
