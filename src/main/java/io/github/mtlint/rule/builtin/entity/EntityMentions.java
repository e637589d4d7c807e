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

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

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
    private List<Sentence> sentences;

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

    /** The matches inside the span; the lists are in text order and do not overlap, so a search finds the first. */
    <T> List<PhraseIndex.Match<T>> within(List<PhraseIndex.Match<T>> matches, Span span) {
        List<PhraseIndex.Match<T>> result = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(matches, span.start()); i < matches.size() && matches.get(i).span().start() < span.end(); i++) {
            if (span.contains(matches.get(i).span())) {
                result.add(matches.get(i));
            }
        }
        return result;
    }

    /** The index of the first match starting at or after the offset (the size when none does). */
    private static <T> int firstStartingAtOrAfter(List<PhraseIndex.Match<T>> matches, int offset) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (matches.get(middle).span().start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The analyzer's token starting at the offset, if any. */
    Optional<Token> tokenAt(int offset) {
        return Optional.ofNullable(tokensByStart.get(offset));
    }

    /** The sentence holding the span's start; sentences are in text order and do not overlap. */
    Optional<Sentence> sentenceOf(Span span) {
        if (sentences == null) {
            sentences = document.sentences().toList();
        }
        int low = 0;
        int high = sentences.size();
        while (low < high) { // the first sentence ending after the start
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).span().end() <= span.start()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < sentences.size() && sentences.get(low).span().contains(span.start())
                ? Optional.of(sentences.get(low)) : Optional.empty();
    }

    /** The text between two spans (empty when they touch or overlap). */
    String between(Span left, Span right) {
        return left.end() <= right.start() ? document.text().substring(left.end(), right.start()) : "";
    }

    /**
     * The mention of the given kind that ends right before the span with only the separator between. Only the
     * nearest mention can be: any farther one has the nearer one between it and the span, and a separator is
     * made of spaces and short words, never of a name. The separator sees a view of the text, not a copy.
     */
    static <T> Optional<PhraseIndex.Match<T>> justBefore(EntityMentions m, List<PhraseIndex.Match<T>> matches, Span span,
                                                         Predicate<CharSequence> separator) {
        int nearest = firstStartingAtOrAfter(matches, span.start()) - 1;
        while (nearest >= 0 && matches.get(nearest).span().end() > span.start()) { // overlaps the span
            nearest--;
        }
        if (nearest < 0) {
            return Optional.empty();
        }
        PhraseIndex.Match<T> x = matches.get(nearest);
        return separator.test(m.view(x.span().end(), span.start())) ? Optional.of(x) : Optional.empty();
    }

    /** The mention that starts right after the span with only the separator between; see {@link #justBefore}. */
    static <T> Optional<PhraseIndex.Match<T>> justAfter(EntityMentions m, List<PhraseIndex.Match<T>> matches, Span span,
                                                        Predicate<CharSequence> separator) {
        int nearest = firstStartingAtOrAfter(matches, span.end());
        if (nearest >= matches.size()) {
            return Optional.empty();
        }
        PhraseIndex.Match<T> x = matches.get(nearest);
        return separator.test(m.view(span.end(), x.span().start())) ? Optional.of(x) : Optional.empty();
    }

    /** White space within one line, or nothing ({@code isBlank() && !contains("\n")}, without a copy). */
    static boolean isBlankWithinLine(CharSequence between) {
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (!Character.isWhitespace(c) || c == '\n') {
                return false;
            }
        }
        return true;
    }

    private CharSequence view(int start, int end) {
        return CharBuffer.wrap(document.text(), start, end);
    }
}
