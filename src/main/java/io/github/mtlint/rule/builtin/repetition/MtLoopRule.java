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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Machine-translation loops: a run of words that repeats inside a sentence ("the development of the region and
 * the development of the region and the development of the region"), and a whole sentence that comes back
 * word for word later in the document.
 */
public final class MtLoopRule extends BaseRule {

    private final int minLoopWords;
    private final int minSentenceWords;

    public MtLoopRule(RuleSpec spec) {
        super(spec.variables("line", "times", "words").meta());
        this.minLoopWords = spec.integer("minLoopWords");
        this.minSentenceWords = spec.integer("minSentenceWords");
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
                            .with("line", document.locate(first.span()).line()).report();
                }
            }
        });
    }

    /** The longest run of at least minLoopWords words that is immediately repeated. */
    private void checkLoop(Sentence sentence, RuleContext context) {
        List<Token> words = sentence.words();
        int i = 0;
        while (i < words.size()) {
            int found = 0;
            for (int n = (words.size() - i) / 2; n >= minLoopWords && found == 0; n--) {
                if (repeats(words, i, n)) {
                    int end = i + 2 * n;
                    while (end + n <= words.size() && same(words, i, end, n)) {
                        end += n;
                    }
                    context.flag(new Span(words.get(i).span().start(), words.get(end - 1).span().end()))
                            .with("words", n).with("times", (end - i) / n).report();
                    found = end - i;
                }
            }
            i += found > 0 ? found : 1;
        }
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
