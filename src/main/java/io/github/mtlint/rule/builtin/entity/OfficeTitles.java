package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.Office;
import io.github.mtlint.lexicon.Person;
import io.github.mtlint.lexicon.PersonForm;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.lexicon.PlaceForm;
import io.github.mtlint.lexicon.Title;
import io.github.mtlint.model.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "President Mirziyoyev", "Uzbek President Mirziyoyev", "Kyrgyzstan's President Japarov", "President Zaparov of
 * Kyrgyzstan": a title directly followed by a person the lexicon knows, with the country the text gives for it.
 */
record OfficeTitles(PhraseIndex.Match<Title> title, PhraseIndex.Match<PersonForm> person,
                    Optional<PhraseIndex.Match<PlaceForm>> place) {

    private static final Pattern ONLY_SPACE = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['\u2019]s)?[ \\t\\u00A0]+");
    private static final Pattern OF = Pattern.compile("[ \\t\\u00A0]+of[ \\t\\u00A0]+(?:the[ \\t\\u00A0]+)?");

    static List<OfficeTitles> find(EntityMentions mentions) {
        return mentions.titles().stream().flatMap(title -> EntityMentions
                        .justAfter(mentions, mentions.people(), title.span(), s -> ONLY_SPACE.matcher(s).matches()).stream()
                        .map(person -> new OfficeTitles(title, person, place(mentions, title, person))))
                .toList();
    }

    private static Optional<PhraseIndex.Match<PlaceForm>> place(EntityMentions mentions, PhraseIndex.Match<Title> title,
                                                                PhraseIndex.Match<PersonForm> person) {
        Optional<PhraseIndex.Match<PlaceForm>> before = EntityMentions.justBefore(mentions, mentions.places(), title.span(),
                s -> POSSESSIVE.matcher(s).matches());
        if (before.isPresent() && before.get().values().stream().anyMatch(f -> f.kind() != PlaceForm.Kind.CAPITAL)) {
            return before;
        }
        return EntityMentions.justAfter(mentions, mentions.places(), person.span(), s -> OF.matcher(s).matches())
                .filter(p -> p.values().stream().anyMatch(PlaceForm::namesCountry));
    }

    /** The offices the title word stands for ("Prime Minister" is also China's "Premier"). */
    Set<String> offices() {
        return title.values().stream().map(Title::office).collect(Collectors.toSet());
    }

    List<Person> people() {
        return person.values().stream().map(PersonForm::person).distinct().toList();
    }

    /** Whether the person held one of the title's offices on the date, anywhere. */
    static boolean holds(Person p, Set<String> offices, LocalDate date) {
        return p.offices().stream().anyMatch(o -> offices.contains(o.title()) && o.heldOn(date));
    }

    static List<Office> officesWithTitle(Person p, Set<String> offices) {
        return p.offices().stream().filter(o -> offices.contains(o.title())).toList();
    }

    /**
     * "former President X", "Former British Prime Minister X", "former U.S. President X": the word before the title,
     * or before the place or nationality in front of it, one of {@code qualifiers}, says the office is past or another.
     */
    static boolean qualified(EntityMentions mentions, Span title, Set<String> qualifiers) {
        int start = EntityMentions.justBefore(mentions, mentions.places(), title, s -> POSSESSIVE.matcher(s).matches())
                .map(place -> place.span().start()).orElse(title.start());
        String before = mentions.document().text().substring(0, start).stripTrailing();
        String[] words = before.split("[^\\p{L}]+");
        return words.length > 0 && qualifiers.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }
}
