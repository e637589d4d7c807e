package io.github.mtlint.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What mtlint knows of the world: countries (names, demonyms, capitals, former names), organisations, office
 * titles, people and their offices, and countries that get confused; with indexes to find them in text.
 * Immutable after loading and shared by all threads.
 */
public final class Lexicon {

    private final Map<String, Country> countries;
    private final Map<String, Organisation> organisations;
    private final List<Person> people;
    private final List<ConfusableGroup> confusables;
    private final List<Title> titles;
    private final PhraseIndex<PlaceForm> places = new PhraseIndex<>();
    private final PhraseIndex<PersonForm> personForms = new PhraseIndex<>();
    private final PhraseIndex<Title> titleForms = new PhraseIndex<>();
    private final PhraseIndex<Organisation> organisationForms = new PhraseIndex<>();
    private final Set<String> nameWords = new HashSet<>();
    private final ChineseForms chinese;

    Lexicon(Map<String, Country> countries, Map<String, Organisation> organisations, List<Person> people,
            List<ConfusableGroup> confusables, List<Title> titles) {
        this(countries, organisations, people, confusables, titles, ChineseForms.empty());
    }

    Lexicon(Map<String, Country> countries, Map<String, Organisation> organisations, List<Person> people,
            List<ConfusableGroup> confusables, List<Title> titles, ChineseForms chinese) {
        this.chinese = chinese;
        this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        this.organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
        this.people = List.copyOf(people);
        this.confusables = List.copyOf(confusables);
        this.titles = List.copyOf(titles);
        for (Country c : countries.values()) {
            addPlace(c.name(), new PlaceForm(c, PlaceForm.Kind.NAME, c.name(), null, null));
            if (c.official() != null) {
                addPlace(c.official(), new PlaceForm(c, PlaceForm.Kind.ALIAS, c.official(), null, null));
            }
            c.aliases().forEach(a -> addPlace(a, new PlaceForm(c, PlaceForm.Kind.ALIAS, a, null, null)));
            for (String d : c.demonyms()) {
                addPlace(d, new PlaceForm(c, PlaceForm.Kind.DEMONYM, d, null, null));
                if (!d.matches(".*(s|sh|ch|x|z|ese)$")) {
                    addPlace(d + "s", new PlaceForm(c, PlaceForm.Kind.DEMONYM, d + "s", null, null));
                }
            }
            c.capitals().forEach(cap -> addPlace(cap.name(), new PlaceForm(c, PlaceForm.Kind.CAPITAL, cap.name(), cap, null)));
            c.formerNames().forEach(f -> addPlace(f.name(), new PlaceForm(c, PlaceForm.Kind.FORMER_NAME, f.name(), null, f)));
        }
        for (Organisation o : organisations.values()) {
            organisationForms.add(o.name(), o);
            o.aliases().forEach(a -> organisationForms.add(a, o));
            addNameWords(o.name());
        }
        for (Person p : people) {
            personForms.add(p.name(), new PersonForm(p, PersonForm.Kind.FULL, p.name()));
            personForms.add(p.shortName(), new PersonForm(p, PersonForm.Kind.SHORT, p.shortName()));
            p.accepted().forEach(a -> personForms.add(a, new PersonForm(p, PersonForm.Kind.ACCEPTED, a)));
            p.variants().forEach(v -> personForms.add(v, new PersonForm(p, PersonForm.Kind.VARIANT, v)));
            addNameWords(p.name());
            p.accepted().forEach(this::addNameWords);
            p.variants().forEach(this::addNameWords);
        }
        for (Title t : titles) {
            t.forms().forEach(f -> titleForms.add(f, t));
        }
    }

    private void addPlace(String surface, PlaceForm form) {
        places.add(surface, form);
        addNameWords(surface);
    }

    private void addNameWords(String phrase) {
        for (NameTokenizer.NameToken t : NameTokenizer.tokens(phrase, 0)) {
            if (Character.isLetter(t.norm().codePointAt(0))) {
                nameWords.add(t.norm());
            }
        }
    }

    /** Names as Chinese writes them, with their English forms; surname readings. */
    public ChineseForms chinese() {
        return chinese;
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of(), Map.of(), List.of(), List.of(), List.of());
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    public Optional<Organisation> organisation(String code) {
        return Optional.ofNullable(organisations.get(code));
    }

    /** The display name of a country or organisation code. */
    public String placeName(String code) {
        Country c = countries.get(code);
        if (c != null) {
            return c.name();
        }
        Organisation o = organisations.get(code);
        return o != null ? o.name() : code;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public List<Person> people() {
        return people;
    }

    public List<Title> titles() {
        return titles;
    }

    public List<ConfusableGroup> confusables() {
        return confusables;
    }

    /** The countries confused with this one, in data order. */
    public List<Country> confusablePartners(String code) {
        List<Country> partners = new ArrayList<>();
        for (ConfusableGroup g : confusables) {
            if (g.codes().contains(code)) {
                for (String other : g.codes()) {
                    if (!other.equals(code) && countries.containsKey(other) && !partners.contains(countries.get(other))) {
                        partners.add(countries.get(other));
                    }
                }
            }
        }
        return partners;
    }

    public PhraseIndex<PlaceForm> places() {
        return places;
    }

    public PhraseIndex<PersonForm> personForms() {
        return personForms;
    }

    public PhraseIndex<Title> titleForms() {
        return titleForms;
    }

    public PhraseIndex<Organisation> organisationForms() {
        return organisationForms;
    }

    /** The people who held an office with this title in this place on the date. */
    public List<Person> holders(String title, String place, java.time.LocalDate date) {
        return people.stream().filter(p -> p.offices().stream()
                .anyMatch(o -> o.title().equals(title) && o.place().equals(place) && o.heldOn(date))).toList();
    }

    /** Whether the word (possessive and initialism dots removed) is part of a known name. */
    public boolean isNameWord(String word) {
        return nameWords.contains(word);
    }
}
