package io.github.mtlint.lexicon;

import java.time.LocalDate;

/** An office a person held: title (from titles.yml), country or organisation code, and when. */
public record Office(String title, String place, Validity validity) {

    public boolean heldOn(LocalDate date) {
        return validity.contains(date);
    }
}
