package io.github.mtlint.engine;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.RuleIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One error, one finding: where a rule declares that its findings supersede another rule's (a broken
 * sentence supersedes LanguageTool's "sentence starts in lower case" on the same words), the superseded
 * finding on an overlapping span is dropped, so the score does not count the error twice.
 */
final class Supersession {

    private final Map<String, RuleMeta> metas;

    Supersession(Map<String, RuleMeta> metas) {
        this.metas = metas;
    }

    List<Issue> apply(List<Issue> issues) {
        List<Issue> kept = new ArrayList<>(issues.size());
        for (Issue candidate : issues) {
            if (!isSuperseded(candidate, issues)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private boolean isSuperseded(Issue candidate, List<Issue> all) {
        for (Issue other : all) {
            if (other == candidate || other.ruleId().equals(candidate.ruleId()) || !other.span().overlaps(candidate.span())) {
                continue;
            }
            RuleMeta meta = metas.get(other.ruleId());
            if (meta == null) {
                continue;
            }
            for (String pattern : meta.supersedes()) {
                if (RuleIds.matches(pattern, candidate.ruleId()) && !supersedesBack(candidate, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two rules that supersede each other keep the earlier-starting finding (then the shorter one). */
    private boolean supersedesBack(Issue candidate, Issue other) {
        RuleMeta meta = metas.get(candidate.ruleId());
        if (meta == null || meta.supersedes().stream().noneMatch(p -> RuleIds.matches(p, other.ruleId()))) {
            return false;
        }
        return IssueOrder.ORDER.compare(candidate, other) < 0;
    }
}
