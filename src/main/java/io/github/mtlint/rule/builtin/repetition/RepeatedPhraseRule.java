package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SentenceRule;
import io.github.mtlint.rule.builtin.Words;

import java.util.List;
import java.util.Set;

/**
 * A two-word phrase with a content word that comes back after a word or two in the same sentence ("What type of
 * new type of regional cooperation"): machine translation renders one source phrase twice. Parallel structures
 * keep a conjunction or punctuation between the copies ("the price of rice and the price of wheat") and are
 * left alone, as are correlatives ("the more … the more").
 */
public final class RepeatedPhraseRule extends SentenceRule {

    private final int window;
    private final Set<String> exceptions;
    private final Set<String> auxiliaries;
    private final Set<String> separators;

    public RepeatedPhraseRule(RuleSpec spec) {
        super(spec.variables("phrase").meta());
        this.window = spec.integer("window");
        this.exceptions = Words.caseInsensitive(spec.list("exceptions"));
        this.auxiliaries = Words.caseInsensitive(spec.list("auxiliaries"));
        this.separators = Words.caseInsensitive(spec.list("separators"));
    }

    @Override
    protected void checkSentence(Sentence sentence, Paragraph paragraph, Document document, RuleContext context) {
        List<Token> tokens = sentence.tokens();
        List<Token> words = sentence.words();
        int reportedUntil = -1;
        for (int i = 0; i + 1 < words.size(); i++) {
            Token a = words.get(i);
            Token b = words.get(i + 1);
            if (i <= reportedUntil || !Words.onlySpacesBetween(document, a, b) || !(isContentWord(a) || isContentWord(b))
                    || exceptions.contains(a.text() + " " + b.text()) || Character.isDigit(a.text().codePointAt(0))
                    || separators.contains(a.text()) || separators.contains(b.text())) {
                continue;
            }
            for (int j = i + 3; j + 1 < words.size() && j <= i + 1 + window; j++) {
                Token c = words.get(j);
                Token d = words.get(j + 1);
                if (c.text().equalsIgnoreCase(a.text()) && d.text().equalsIgnoreCase(b.text())
                        && Words.onlySpacesBetween(document, c, d) && plainWordsBetween(tokens, b, c)) {
                    context.flag(new Span(a.span().start(), d.span().end()))
                            .with("phrase", a.text() + " " + b.text()).report();
                    reportedUntil = j + 1;
                    break;
                }
            }
        }
    }

    /** Only words between the copies, none of them a conjunction: no "and", no comma. */
    private boolean plainWordsBetween(List<Token> tokens, Token from, Token to) {
        for (Token t : tokens) {
            if (t.span().start() >= from.span().end() && t.span().end() <= to.span().start()
                    && (!t.isWord() || separators.contains(t.text()))) {
                return false;
            }
        }
        return true;
    }

    /** "was" in "as it was when it was reached" is grammar, not content. */
    private boolean isContentWord(Token t) {
        return Words.isContentWord(t) && !auxiliaries.contains(t.text());
    }
}
