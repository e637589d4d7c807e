package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.Words;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Machine-translation loops: a run of words that repeats inside a sentence ("the development of the region and
 * the development of the region and the development of the region"), and a whole sentence that comes back
 * word for word later in the document.
 */
public final class MtLoopRule extends BaseRule {

    private final int minLoopWords;
    private final int minJoinedWords;
    private final int minSentenceWords;
    private final Set<String> joiners;

    public MtLoopRule(RuleSpec spec) {
        super(spec.variables("place", "times", "words").meta());
        this.minLoopWords = spec.integer("minLoopWords");
        this.minJoinedWords = spec.integer("minJoinedWords");
        this.minSentenceWords = spec.integer("minSentenceWords");
        this.joiners = Words.caseInsensitive(spec.list("joiners"));
    }

    @Override
    public void check(Document document, RuleContext context) {
        Map<String, Sentence> seen = new HashMap<>();
        document.sentences().forEach(sentence -> {
            checkLoop(sentence, context);
            List<Token> words = sentence.words();
            if (words.size() >= minSentenceWords) {
                String key = Words.lower(String.join(" ", words.stream().map(Token::text).toList()));
                Sentence first = seen.putIfAbsent(key, sentence);
                if (first != null) {
                    context.flag(sentence.span()).message("sentence").severity(Severity.MINOR)
                            .with("place", document.placeOf(first.span())).report();
                }
            }
        });
    }

    /**
     * The longest run of at least minLoopWords words that is immediately repeated. A run of n words starting at i
     * can only repeat if word i comes back at i + n, so only those n are tried (longest first), found through an
     * index of each word's positions: trying every n made a sentence of many thousand words quadratic.
     */
    private void checkLoop(Sentence sentence, RuleContext context) {
        List<Token> words = sentence.words();
        Map<String, List<Integer>> positions = positionsByWord(words);
        int i = 0;
        while (i < words.size()) {
            int found = 0;
            List<Integer> later = positions.get(caseFold(words.get(i).text()));
            int longest = (words.size() - i + 1) / 2; // a joined run ending the sentence has an odd count
            for (int p = lastAtMost(later, i + longest); p >= 0 && found == 0; p--) {
                int n = later.get(p) - i;
                if (n < Math.min(minLoopWords, minJoinedWords + 1)) {
                    break;
                }
                if (n >= minLoopWords && repeats(words, i, n)) {
                    int end = i + 2 * n;
                    while (end + n <= words.size() && same(words, i, end, n)) {
                        end += n;
                    }
                    context.flag(new Span(words.get(i).span().start(), words.get(end - 1).span().end()))
                            .with("words", n).with("times", (end - i) / n).report();
                    found = end - i;
                } else if (n - 1 >= minJoinedWords && i + 2 * n - 1 <= words.size() && joiners.contains(words.get(i + n - 1).text())
                        && same(words, i, i + n, n - 1) && joinedBySpaces(sentence, words, i + n - 1)) {
                    // "the development of the region and the development of the region": the run joined to itself
                    found = 2 * n - 1;
                    context.flag(new Span(words.get(i).span().start(), words.get(i + found - 1).span().end()))
                            .with("words", n - 1).with("times", 2).report();
                }
            }
            i += found > 0 ? found : 1;
        }
    }

    /** Only spaces around the joiner: "the party, and the party won" joins two clauses, not a run to itself. */
    private static boolean joinedBySpaces(Sentence sentence, List<Token> words, int joiner) {
        String text = sentence.text();
        int base = sentence.span().start();
        return text.substring(words.get(joiner - 1).span().end() - base, words.get(joiner).span().start() - base).isBlank()
                && text.substring(words.get(joiner).span().end() - base, words.get(joiner + 1).span().start() - base).isBlank();
    }

    private static Map<String, List<Integer>> positionsByWord(List<Token> words) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int k = 0; k < words.size(); k++) {
            positions.computeIfAbsent(caseFold(words.get(k).text()), w -> new ArrayList<>()).add(k);
        }
        return positions;
    }

    /** The index in ascending positions of the last one not after limit, or -1. */
    private static int lastAtMost(List<Integer> ascending, int limit) {
        int found = Collections.binarySearch(ascending, limit);
        return found >= 0 ? found : -found - 2;
    }

    /** Equal exactly when String.equalsIgnoreCase is, which folds each character through upper and lower case. */
    static String caseFold(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        word.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    private static boolean repeats(List<Token> words, int i, int n) {
        return i + 2 * n <= words.size() && same(words, i, i + n, n);
    }

    private static boolean same(List<Token> words, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (!words.get(a + k).text().equalsIgnoreCase(words.get(b + k).text())) {
                return false;
            }
        }
        return true;
    }
}
