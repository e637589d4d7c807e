package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.NameTokenizer;
import io.github.mtlint.lexicon.Organisation;
import io.github.mtlint.lexicon.PersonForm;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.lexicon.PlaceForm;
import io.github.mtlint.lexicon.Title;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people, places, organisations and office titles a document mentions, found with the lexicon, with the
 * analyzer's tokens at hand to tell known words from unknown ones.
 */
final class EntityMentions {

    private final Document document;
    private final List<PhraseIndex.Match<PlaceForm>> places = new ArrayList<>();
    private final List<PhraseIndex.Match<PersonForm>> people = new ArrayList<>();
    private final List<PhraseIndex.Match<Title>> titles = new ArrayList<>();
    private final List<PhraseIndex.Match<Organisation>> organisations = new ArrayList<>();
    private final Map<Integer, Token> tokensByStart = new HashMap<>();

    private EntityMentions(Document document) {
        this.document = document;
    }

    /** The document's mentions, found once and shared by the entity rules. */
    static EntityMentions find(Document document, Lexicon lexicon) {
        return document.derived(EntityMentions.class, d -> compute(d, lexicon));
    }

    private static EntityMentions compute(Document document, Lexicon lexicon) {
        EntityMentions mentions = new EntityMentions(document);
        for (Paragraph p : document.paragraphs()) {
            List<NameTokenizer.NameToken> tokens = NameTokenizer.tokens(p.text(), p.span().start());
            mentions.places.addAll(lexicon.places().find(tokens));
            mentions.people.addAll(lexicon.personForms().find(tokens));
            mentions.titles.addAll(lexicon.titleForms().find(tokens));
            mentions.organisations.addAll(lexicon.organisationForms().find(tokens));
        }
        document.tokens().forEach(t -> mentions.tokensByStart.put(t.span().start(), t));
        return mentions;
    }

    Document document() {
        return document;
    }

    List<PhraseIndex.Match<PlaceForm>> places() {
        return places;
    }

    List<PhraseIndex.Match<PersonForm>> people() {
        return people;
    }

    List<PhraseIndex.Match<Title>> titles() {
        return titles;
    }

    List<PhraseIndex.Match<Organisation>> organisations() {
        return organisations;
    }

    <T> List<PhraseIndex.Match<T>> within(List<PhraseIndex.Match<T>> matches, Span span) {
        return matches.stream().filter(m -> span.contains(m.span())).toList();
    }

    /** The analyzer's token starting at the offset, if any. */
    Optional<Token> tokenAt(int offset) {
        return Optional.ofNullable(tokensByStart.get(offset));
    }

    Optional<Sentence> sentenceOf(Span span) {
        return document.sentences().filter(s -> s.span().contains(span.start())).findFirst();
    }

    /** The text between two spans (empty when they touch or overlap). */
    String between(Span left, Span right) {
        return left.end() <= right.start() ? document.text().substring(left.end(), right.start()) : "";
    }

    /** The mention of the given kind that ends right before the span with only the separator between. */
    static <T> Optional<PhraseIndex.Match<T>> justBefore(EntityMentions m, List<PhraseIndex.Match<T>> matches, Span span,
                                                         java.util.function.Predicate<String> separator) {
        return matches.stream().filter(x -> x.span().end() <= span.start() && separator.test(m.between(x.span(), span)))
                .max(Comparator.comparingInt(x -> x.span().end()));
    }

    static <T> Optional<PhraseIndex.Match<T>> justAfter(EntityMentions m, List<PhraseIndex.Match<T>> matches, Span span,
                                                        java.util.function.Predicate<String> separator) {
        return matches.stream().filter(x -> x.span().start() >= span.end() && separator.test(m.between(span, x.span())))
                .min(Comparator.comparingInt(x -> x.span().start()));
    }
}
