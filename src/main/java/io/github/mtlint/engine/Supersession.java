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
 * finding on an overlapping span is dropped, so the score does not count the error twice. An entry "rule.id inside"
 * drops that rule's findings only where they lie wholly within the superseding finding: "Health and Health Commission"
 * is one literal rendering, not a doubled word besides, while in "precise and precise poverty alleviation" the doubled
 * word and the literal rendering are two errors.
 */
final class Supersession {

    private static final String INSIDE = " inside";

    private final Map<String, RuleMeta> metas;

    /** A rule that supersedes a candidate's rule, and whether only findings inside its own. */
    private record Superseder(String rule, boolean insideOnly) {
    }

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
        Map<String, List<Superseder>> superseders = new HashMap<>();
        Map<String, PositionIndex> indexes = new HashMap<>();
        for (String candidateRule : byRule.keySet()) {
            List<Superseder> rules = new ArrayList<>();
            for (String rule : byRule.keySet()) {
                RuleMeta meta = metas.get(rule);
                if (rule.equals(candidateRule) || meta == null) {
                    continue;
                }
                meta.supersedes().stream().filter(entry -> names(entry, candidateRule)).findFirst().ifPresent(entry -> {
                    rules.add(new Superseder(rule, entry.endsWith(INSIDE)));
                    indexes.computeIfAbsent(rule, r -> new PositionIndex(byRule.get(r)));
                });
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

    private boolean isSuperseded(Issue candidate, List<Superseder> superseders, Map<String, PositionIndex> indexes) {
        for (Superseder superseder : superseders) {
            for (Issue other : indexes.get(superseder.rule()).near(candidate.span())) {
                boolean sameWords = superseder.insideOnly() ? other.span().contains(candidate.span())
                        : other.span().overlaps(candidate.span());
                if (other != candidate && sameWords && !supersedesBack(candidate, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a {@code supersedes} entry (an id or glob, perhaps followed by "inside") names the rule. */
    static boolean names(String entry, String ruleId) {
        return RuleIds.matches(entry.endsWith(INSIDE) ? entry.substring(0, entry.length() - INSIDE.length()) : entry, ruleId);
    }

    /** Two rules that supersede each other keep the earlier-starting finding (then the shorter one). */
    private boolean supersedesBack(Issue candidate, Issue other) {
        RuleMeta meta = metas.get(candidate.ruleId());
        if (meta == null || meta.supersedes().stream().noneMatch(entry -> names(entry, other.ruleId()))) {
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
