package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.model.Severity;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MtLoopRuleTest {

    private final RuleTester rule = RuleTester.of("repetition.mt-loop");

    @Test
    void flagsARunOfWordsRepeatedInsideASentence() {
        rule.flags("They agreed to promote [[the development of the region the development of the region]] together.");
    }

    @Test
    void flagsARunJoinedToItselfByAndOrOr() {
        rule.flags("They pledged to promote [[the development of the region and the development of the region]] through new routes.");
        rule.flags("Both sides want [[closer trade ties or closer trade ties]].");
        rule.clean("They came one by one and two by two, and the region grew and the region changed.");
        rule.clean("He took over the Liberal Party, and the Liberal Party won the right to govern.");
    }

    @Test
    void flagsARepeatedSentenceAsMinor() {
        String text = "The two sides signed the agreement on trade and investment.\nThen: the two sides signed the agreement on trade and investment.\n"
                + "The two sides signed the agreement on trade and investment.";
        assertEquals(Severity.MINOR, rule.findings(text).get(0).severity());
    }

    @Test
    void leavesIdiomsAndShortRepeatsAlone() {
        rule.clean("Yes. Yes. Yes.");
    }

    @Test
    void findsTheSameLoopsAsTryingEveryLengthOnRandomSentences() {
        List<String> vocabulary = List.of("the", "The", "region", "of", "development", "and", "trade", "THE");
        Random random = new Random(17);
        int loops = 0;
        for (int round = 0; round < 200; round++) {
            List<String> words = new ArrayList<>();
            for (int k = 0; k < 10 + random.nextInt(120); k++) {
                words.add(vocabulary.get(random.nextInt(random.nextBoolean() ? 3 : vocabulary.size())));
            }
            String text = String.join(" ", words) + ".";
            List<String> expected = loopsTryingEveryLength(words, text);
            List<String> found = rule.findings(text).stream()
                    .filter(issue -> issue.severity() != Severity.MINOR)
                    .map(issue -> issue.span().start() + "-" + issue.span().end()).toList();
            assertEquals(expected, found, text);
            loops += expected.size();
        }
        assertTrue(loops > 50, "the random sentences hold loops: " + loops);
    }

    /** The rule's definition, spelled out the slow way: at each word the longest immediately repeated run. */
    private static List<String> loopsTryingEveryLength(List<String> words, String text) {
        int[] starts = new int[words.size()];
        for (int k = 0, offset = 0; k < words.size(); offset += words.get(k).length() + 1, k++) {
            starts[k] = offset;
        }
        List<String> loops = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int found = 0;
            for (int n = (words.size() - i + 1) / 2; n >= 3 && found == 0; n--) {
                if (i + 2 * n <= words.size() && sameRun(words, i, i + n, n)) {
                    int end = i + 2 * n;
                    while (end + n <= words.size() && sameRun(words, i, end, n)) {
                        end += n;
                    }
                    loops.add(starts[i] + "-" + (starts[end - 1] + words.get(end - 1).length()));
                    found = end - i;
                } else if (n - 1 >= 2 && words.get(i + n - 1).equalsIgnoreCase("and") && sameRun(words, i, i + n, n - 1)) {
                    found = 2 * n - 1; // the run joined to itself by "and"
                    loops.add(starts[i] + "-" + (starts[i + found - 1] + words.get(i + found - 1).length()));
                }
            }
            i += found > 0 ? found : 1;
        }
        return loops;
    }

    private static boolean sameRun(List<String> words, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (!words.get(a + k).equalsIgnoreCase(words.get(b + k))) {
                return false;
            }
        }
        return true;
    }
}
