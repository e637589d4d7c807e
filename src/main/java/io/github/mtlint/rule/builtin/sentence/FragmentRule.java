package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SentenceRule;
import io.github.mtlint.rule.builtin.Words;

import java.util.List;

/**
 * A long sentence without a finite verb: no reading of any word is a past, present or modal verb form. Machine
 * translation produces these when it drops the main verb or splits a sentence in the wrong place. Short ones are
 * left alone (news uses verbless sentences for effect), as are lead-ins ending in a colon and questions.
 */
public final class FragmentRule extends SentenceRule {

    private final int minWords;

    public FragmentRule(RuleSpec spec) {
        super(spec.variables("words").meta());
        this.minWords = spec.integer("minWords");
    }

    @Override
    protected void checkSentence(Sentence sentence, Paragraph paragraph, Document document, RuleContext context) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(".")) {
            return;
        }
        List<Token> words = sentence.words();
        if (words.size() < minWords || !words.get(0).isCapitalised()) {
            return;
        }
        Token previous = null;
        for (Token t : tokens) {
            if (Words.mayBeFiniteVerb(t) && !isNounAfterModifier(t, previous)
                    || t.text().equals(":") || t.text().equals("\"") || t.text().equals("\u201C")) {
                return;
            }
            previous = t;
        }
        context.flag(sentence.span()).with("words", words.size()).report();
    }

    /** "fruitful results", "the visit", "two heads": a noun-or-verb word after a determiner or modifier is a noun. */
    private static boolean isNounAfterModifier(Token t, Token previous) {
        if (previous == null || !t.hasPosPrefix("NN")) {
            return false;
        }
        return previous.hasPos("DT") || previous.hasPosPrefix("JJ") || previous.hasPos("PRP$") || previous.hasPos("CD")
                || previous.hasPos("POS") || previous.hasPos("IN") || previous.hasPosPrefix("NN");
    }
}
