package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.NameSpans;
import io.github.mtlint.rule.builtin.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Names in a document, so that spell-checkers leave them alone: everything the lexicon knows (people, places,
 * demonyms, organisations, with possessives), and capitalised words in a name position: inside a sentence, or
 * at its start when an unknown word is followed by a verb or another capitalised word ("Golmud is…",
 * "Zhang Wei said…"). Machine translation rarely misspells English words; an unknown capitalised word in its
 * output is almost always a transliterated name. Near-misses of known names are entity.name-variant's to report.
 */
public final class NameSpanFinder implements NameSpans {

    private final Lexicon lexicon;

    public NameSpanFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Span> names(Document document) {
        List<Span> names = new ArrayList<>();
        EntityMentions mentions = EntityMentions.find(document, lexicon);
        mentions.places().stream().map(PhraseIndex.Match::span).forEach(names::add);
        mentions.people().stream().map(PhraseIndex.Match::span).forEach(names::add);
        mentions.organisations().stream().map(PhraseIndex.Match::span).forEach(names::add);
        document.sentences().forEach(sentence -> addCapitalised(sentence, names));
        return names;
    }

    private void addCapitalised(Sentence sentence, List<Span> names) {
        List<Token> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (!t.isCapitalised()) {
                continue;
            }
            boolean first = i == 0;
            if (!first || lexicon.isNameWord(t.text()) || startsName(t, i + 1 < words.size() ? words.get(i + 1) : null)) {
                names.add(t.span());
            }
        }
    }

    private static boolean startsName(Token t, Token next) {
        if (t.isTagged() || next == null) {
            return false;
        }
        return next.isCapitalised() || Words.mayBeFiniteVerb(next);
    }
}
