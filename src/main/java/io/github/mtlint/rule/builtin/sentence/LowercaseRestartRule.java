package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.builtin.Words;

import java.util.List;
import java.util.Set;

/**
 * A full stop where no sentence ends: the next "sentence" starts in lower case. When the word after the stop
 * is a real word the stop cut a phrase ({@link BrokenPhraseRule}); when it is a stray letter or a piece of a
 * word, a fragment of a broken segment was left behind ({@link TruncatedFragmentRule}).
 */
abstract class LowercaseRestartRule extends BaseRule {

    private final Set<String> abbreviations;
    private final Set<String> shortWords;

    LowercaseRestartRule(RuleSpec spec) {
        super(spec.meta());
        // both rules read the same words: where one sees no sentence end, the other must not either
        SharedData words = spec.shared(SharedData.class);
        this.abbreviations = Words.caseInsensitive(words.list("abbreviations"));
        this.shortWords = Words.caseInsensitive(words.list("shortWords"));
    }

    /** Whether this rule reports restarts with a fragment (true) or with a real word (false). */
    abstract boolean reportsFragments();

    /**
     * Reports the restart: {@code lastWord} before the full stop, {@code first} after it; {@code twoSentences} when
     * both sides have a verb of their own, so that the stop may end a sentence whose successor lost its capital.
     */
    abstract void report(Span span, Token lastWord, Token first, boolean twoSentences, RuleContext context);

    @Override
    public void check(Document document, RuleContext context) {
        for (Paragraph paragraph : document.paragraphs()) {
            if (!paragraph.isBody()) {
                continue;
            }
            List<Sentence> sentences = paragraph.sentences();
            for (int i = 1; i < sentences.size(); i++) {
                check(document, sentences.get(i - 1), sentences.get(i), context);
            }
        }
    }

    private void check(Document document, Sentence before, Sentence after, RuleContext context) {
        List<Token> left = before.tokens();
        if (left.size() < 2 || after.tokens().isEmpty() || !left.get(left.size() - 1).text().equals(".")) {
            return;
        }
        Token lastWord = left.get(left.size() - 2);
        Token first = after.tokens().get(0);
        if (!Words.isLowercaseWord(first) || hasInnerCapital(first.text()) || abbreviations.contains(lastWord.text())) {
            return;
        }
        if (isFragment(first) == reportsFragments()) {
            boolean twoSentences = hasClearVerb(left, left.size()) && startsAClause(after.tokens());
            report(new Span(lastWord.span().start(), first.span().end()), lastWord, first, twoSentences, context);
        }
    }

    /** A finite verb that cannot be read as a noun ("was", "said"; not "trust", "sides") among the first tokens. */
    private static boolean hasClearVerb(List<Token> tokens, int within) {
        return tokens.stream().limit(within).anyMatch(t -> Words.mayBeFiniteVerb(t) && !t.hasPosPrefix("NN"));
    }

    /** A subject and its verb: a determiner or pronoun first and a clear verb soon after ("the service was"). */
    private static boolean startsAClause(List<Token> tokens) {
        Token first = tokens.get(0);
        return (first.hasPos("DT") || first.hasPosPrefix("PRP")) && hasClearVerb(tokens, SUBJECT_REACH);
    }

    /** How many tokens a clause's subject and verb take at most ("the metro service was"). */
    private static final int SUBJECT_REACH = 5;

    /** A stray letter or a piece of a word: not something the tagger knows, or a lone letter other than a/I. */
    private boolean isFragment(Token token) {
        String text = token.text();
        if (text.length() == 1) {
            return !shortWords.contains(text);
        }
        return !token.isTagged() && text.length() <= 3 && !shortWords.contains(text);
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
