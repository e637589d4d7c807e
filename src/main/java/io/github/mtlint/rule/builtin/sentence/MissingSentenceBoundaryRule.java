package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.SentenceRule;
import io.github.mtlint.rule.builtin.Words;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two sentences run together: a capitalised function word ("A", "It", "Although") straight after a lower-case
 * word, with no punctuation between ("a key historical landmark A meaningful visit"). Machine translation
 * loses full stops when it joins segments. Chinese surnames spelt like English words ("He", "An") before a
 * capitalised given name are names ("Wang Yi and He Weidong").
 */
public final class MissingSentenceBoundaryRule extends SentenceRule {

    private final Set<String> starters;
    private final Set<String> clauseStarters;
    private final Set<String> letterLabelNouns;
    private final Set<String> creativeWorkNouns;
    private final List<String> consonantSoundPrefixes;
    private final Set<String> surnames;
    private final Set<String> dateWords;

    public MissingSentenceBoundaryRule(RuleSpec spec) {
        super(spec.variables("previous", "word").meta());
        this.starters = new HashSet<>(spec.list("starters"));
        this.clauseStarters = new HashSet<>(spec.list("clauseStarters"));
        this.letterLabelNouns = Words.caseInsensitive(spec.list("letterLabelNouns"));
        this.creativeWorkNouns = Words.caseInsensitive(spec.list("creativeWorkNouns"));
        this.consonantSoundPrefixes = spec.list("consonantSoundPrefixes");
        this.surnames = new HashSet<>(spec.list("surnames"));
        // capitalised words a sentence can end with, as can a number after them ("until Friday", "on May 20")
        this.dateWords = new HashSet<>(spec.shared(SharedData.class).list("weekdays"));
        spec.shared(SharedData.class).months().forEach(forms -> dateWords.add(forms.get(0))); // the full name
    }

    @Override
    protected void checkSentence(Sentence sentence, Paragraph paragraph, Document document, RuleContext context) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token previous = tokens.get(i - 1);
            Token current = tokens.get(i);
            if (!starters.contains(current.text()) && !clauseStarters.contains(current.text())) {
                continue;
            }
            if (!endsASentence(tokens, i - 1) || !Words.onlySpacesBetween(document, previous, current)) {
                continue;
            }
            if (letterLabelNouns.contains(previous.text()) && current.text().length() == 1) {
                continue; // "plan A", "Grade A", "hepatitis A"
            }
            if (creativeWorkNouns.contains(previous.text())) {
                continue; // "the film It", "the novel It Ends With Us": a title
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (current.text().equals("A") && next != null && Words.onlySpacesBetween(document, current, next)
                    && takesAn(next.text())) {
                continue; // "the A event": the article would be "an", so the letter is a label
            }
            if (next != null && surnames.contains(current.text()) && Words.onlySpacesBetween(document, current, next)
                    && (isCapitalisedWord(next) || !clauseStarters.contains(current.text()) && Words.mayBeFiniteVerb(next))) {
                continue; // "Wang Yi and He Weidong", "and An said": a surname, not a pronoun or an article
            }
            boolean startsClause = clauseStarters.contains(current.text())
                    || next != null && (Words.isLowercaseWord(next) || Character.isDigit(next.text().codePointAt(0)));
            if (!startsClause) {
                continue; // "The Hague", "A Beautiful Mind": a name, not a new sentence
            }
            context.flag(new Span(previous.span().start(), current.span().end()))
                    .with("previous", previous.text()).with("word", current.text())
                    .suggest(previous.text() + ". " + current.text()).report();
        }
    }

    /**
     * Whether a sentence can end with the token: a lower-case word, a weekday or month ("until Friday"), or a number
     * after a lower-case word or a date ("in 2023", "on May 20"); not a number after another capitalised word, which
     * labels it ("Article 5", "Apollo 11"), nor a dateline's date ("BEIJING, July 26").
     */
    private boolean endsASentence(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (Words.isLowercaseWord(t) || dateWords.contains(t.text())) {
            return true;
        }
        if (!t.text().chars().allMatch(Character::isDigit) || k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        // "on May 20"; not a dateline's "BEIJING, July 26", which wants a dash, not a full stop
        return Words.isLowercaseWord(before) || dateWords.contains(before.text()) && k > 1 && Words.isLowercaseWord(tokens.get(k - 2));
    }

    /** A word spelt with a vowel sound first, by its spelling: "event", "outbreak"; not "university", "one". */
    private boolean takesAn(String word) {
        String lower = Words.lower(word);
        if (lower.isEmpty() || "aeiou".indexOf(lower.charAt(0)) < 0) {
            return false;
        }
        return consonantSoundPrefixes.stream().noneMatch(lower::startsWith);
    }

    private static boolean isCapitalisedWord(Token token) {
        String text = token.text();
        return text.length() > 1 && Character.isUpperCase(text.codePointAt(0)) && Character.isLetter(text.codePointAt(1));
    }
}
