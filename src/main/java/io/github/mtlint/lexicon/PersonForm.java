package io.github.mtlint.lexicon;

/**
 * One way text names a person: the full canonical name, the short form, an accepted house spelling ("Zelenskyy"), or
 * a known variant spelling (a misspelling).
 */
public record PersonForm(Person person, Kind kind, String surface) {

    public enum Kind { FULL, SHORT, ACCEPTED, VARIANT }
}
