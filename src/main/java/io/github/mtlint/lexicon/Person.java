package io.github.mtlint.lexicon;

import java.time.LocalDate;
import java.util.List;

/**
 * A public figure: canonical spelling, the form news uses alone (surname), other spellings news agencies use as
 * their house style (accepted: not misspellings, though a text should keep to one), known variant spellings
 * (misspellings and stray transliterations), offices.
 */
public record Person(String name, String shortName, List<String> accepted, List<String> variants, List<Office> offices) {

    public Person {
        accepted = List.copyOf(accepted);
        variants = List.copyOf(variants);
        offices = List.copyOf(offices);
    }

    public List<Office> officesOn(LocalDate date) {
        return offices.stream().filter(o -> o.heldOn(date)).toList();
    }
}
