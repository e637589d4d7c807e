package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;
import io.github.mtlint.rule.IssueFilter;

import java.util.List;
import java.util.Set;

/**
 * Chinese surnames spelt like English words ("An", "He") before a capitalised given name are names: LanguageTool's
 * findings on the surname alone ("An Min": use "A" instead of "An") are dropped.
 */
public final class SurnameFilter implements IssueFilter {

    private final Set<String> surnames;

    public SurnameFilter(List<String> surnames) {
        this.surnames = Set.copyOf(surnames);
    }

    @Override
    public List<Issue> filter(Document document, List<Issue> issues) {
        return issues.stream().filter(i -> !(i.ruleId().startsWith("lt.") && isSurnameBeforeName(document.text(), i))).toList();
    }

    private boolean isSurnameBeforeName(String text, Issue issue) {
        int end = issue.span().end();
        return surnames.contains(text.substring(issue.span().start(), end))
                && end + 2 < text.length() && text.charAt(end) == ' '
                && Character.isUpperCase(text.charAt(end + 1)) && Character.isLowerCase(text.charAt(end + 2));
    }
}
