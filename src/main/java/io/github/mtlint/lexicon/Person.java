package io.github.mtlint.lexicon;

import java.time.LocalDate;
import java.util.List;

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
}
