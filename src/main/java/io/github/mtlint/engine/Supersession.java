package io.github.mtlint.engine;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.RuleIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The findings no other finding supersedes, in their order. A finding is compared only with the findings of the
     * rules that supersede its rule, and only with those near it (an index by position): comparing every pair made a
     * document with 160,000 findings (1 MB of unbalanced brackets) spend minutes here.
     */
    List<Issue> apply(List<Issue> issues) {
        Map<String, List<Issue>> byRule = new LinkedHashMap<>();
        for (Issue issue : issues) {
            byRule.computeIfAbsent(issue.ruleId(), id -> new ArrayList<>()).add(issue);
        }
        Map<String, List<String>> superseders = new HashMap<>();
        Map<String, PositionIndex> indexes = new HashMap<>();
        for (String candidateRule : byRule.keySet()) {
            List<String> rules = new ArrayList<>();
            for (String rule : byRule.keySet()) {
                RuleMeta meta = metas.get(rule);
                if (!rule.equals(candidateRule) && meta != null
                        && meta.supersedes().stream().anyMatch(pattern -> RuleIds.matches(pattern, candidateRule))) {
                    rules.add(rule);
                    indexes.computeIfAbsent(rule, r -> new PositionIndex(byRule.get(r)));
                }
            }
            superseders.put(candidateRule, rules);
        }
        List<Issue> kept = new ArrayList<>(issues.size());
        for (Issue candidate : issues) {
            if (!isSuperseded(candidate, superseders.get(candidate.ruleId()), indexes)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private boolean isSuperseded(Issue candidate, List<String> supersedingRules, Map<String, PositionIndex> indexes) {
        for (String rule : supersedingRules) {
            for (Issue other : indexes.get(rule).near(candidate.span())) {
                if (other != candidate && other.span().overlaps(candidate.span()) && !supersedesBack(candidate, other)) {
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

    /** One rule's findings by start, to find those that may overlap a span without looking at the others. */
    private static final class PositionIndex {
        private final List<Issue> byStart;
        private final int[] starts;
        private final int longest;

        PositionIndex(List<Issue> issues) {
            byStart = new ArrayList<>(issues);
            byStart.sort(Comparator.comparingInt(issue -> issue.span().start()));
            starts = byStart.stream().mapToInt(issue -> issue.span().start()).toArray();
            longest = byStart.stream().mapToInt(issue -> issue.span().length()).max().orElse(0);
        }

        /**
         * Every finding that may overlap the span, and perhaps a few more: those starting within the longest finding's
         * length before it, up to its end (an empty span touches a character on each side, hence the margins).
         */
        List<Issue> near(Span span) {
            int from = firstAtLeast((long) span.start() - longest - 2);
            int to = firstAtLeast((long) span.end() + 2);
            return byStart.subList(from, to);
        }

        private int firstAtLeast(long position) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] < position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
