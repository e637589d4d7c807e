package io.github.mtlint.lexicon;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A public figure: canonical spelling, the form news uses alone (surname), known variant spellings, offices.
 */
public record Person(String name, String shortName, List<String> variants, List<Office> offices) {

    public Person {
        variants = List.copyOf(variants);
        offices = List.copyOf(offices);
    }

    public List<Office> officesOn(LocalDate date) {
        return offices.stream().filter(o -> o.heldOn(date)).toList();
    }

    public boolean heldAnyOfficeIn(String place) {
        return offices.stream().anyMatch(o -> o.place().equals(place));
    }

    /** The office with this title this person held on the date, if any. */
    public Optional<Office> office(String title, LocalDate date) {
        return offices.stream().filter(o -> o.title().equals(title) && o.heldOn(date)).findFirst();
    }
}
