package io.github.mtlint.engine;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.RuleIds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupersessionTest {

    private static RuleMeta meta(String id, String... supersedes) {
        return new RuleMeta(id, "java", Category.OTHER, Severity.MINOR, "d", Map.of("default", "m"), "test", "", List.of(),
                List.of(supersedes), true);
    }

    private static final Map<String, RuleMeta> METAS = Map.of(
            "sentence.broken", meta("sentence.broken", "lt.*"),
            "lt.UPPERCASE", meta("lt.UPPERCASE"),
            "lt.COMMA", meta("lt.COMMA", "punctuation.space"),
            "punctuation.space", meta("punctuation.space", "lt.COMMA"),
            "repetition.loop", meta("repetition.loop", "repetition.doubled", "sentence.broken"),
            "repetition.doubled", meta("repetition.doubled"),
            "calque.term", meta("calque.term", "repetition.doubled inside"));

    private static Issue issue(String rule, int start, int end) {
        return new Issue(rule, Category.OTHER, Severity.MINOR, "m", new Span(start, end), List.of());
    }

    @Test
    void aFindingIsDroppedWhereASupersedingRuleFlagsTheSameWords() {
        Issue upper = issue("lt.UPPERCASE", 10, 12);
        Issue broken = issue("sentence.broken", 8, 20);
        Issue elsewhere = issue("lt.UPPERCASE", 30, 32);
        assertEquals(List.of(broken, elsewhere), new Supersession(METAS).apply(List.of(upper, broken, elsewhere)));
    }

    @Test
    void rulesThatSupersedeEachOtherKeepTheEarlierFinding() {
        Issue comma = issue("lt.COMMA", 5, 6);
        Issue space = issue("punctuation.space", 4, 6);
        assertEquals(List.of(space), new Supersession(METAS).apply(List.of(comma, space)));
    }

    @Test
    void anInsideEntryDropsOnlyFindingsWithinTheSupersedingFinding() {
        Issue calque = issue("calque.term", 4, 33);
        Issue within = issue("repetition.doubled", 13, 30);
        Issue straddling = issue("repetition.doubled", 30, 40);
        assertEquals(List.of(calque, straddling), new Supersession(METAS).apply(List.of(calque, within, straddling)));
    }

    @Test
    void keepsWhatComparingEveryPairKeepsOnRandomFindings() {
        List<String> rules = METAS.keySet().stream().sorted().toList(); // Map.of iterates in a different order each run
        Random random = new Random(11);
        int dropped = 0;
        for (int round = 0; round < 400; round++) {
            List<Issue> issues = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                int start = random.nextInt(200);
                int length = random.nextInt(10) == 0 ? random.nextInt(120) : random.nextInt(4);
                issues.add(issue(rules.get(random.nextInt(rules.size())), start, start + length));
            }
            List<Issue> expected = everyPair(issues);
            assertEquals(expected, new Supersession(METAS).apply(issues), issues.toString());
            dropped += issues.size() - expected.size();
        }
        assertTrue(dropped > 100, "the random findings supersede each other: " + dropped);
    }

    /** The definition, comparing every pair. */
    private static List<Issue> everyPair(List<Issue> issues) {
        List<Issue> kept = new ArrayList<>();
        for (Issue candidate : issues) {
            boolean superseded = false;
            for (Issue other : issues) {
                if (other == candidate || other.ruleId().equals(candidate.ruleId()) || !other.span().overlaps(candidate.span())) {
                    continue;
                }
                for (String entry : METAS.get(other.ruleId()).supersedes()) {
                    boolean insideOnly = entry.endsWith(" inside");
                    String pattern = insideOnly ? entry.substring(0, entry.length() - " inside".length()) : entry;
                    if (insideOnly && !other.span().contains(candidate.span())) {
                        continue;
                    }
                    boolean back = METAS.get(candidate.ruleId()).supersedes().stream().anyMatch(p -> RuleIds.matches(p, other.ruleId()))
                            && IssueOrder.ORDER.compare(candidate, other) < 0;
                    superseded |= RuleIds.matches(pattern, candidate.ruleId()) && !back;
                }
            }
            if (!superseded) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
