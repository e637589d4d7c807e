package io.github.mtlint.lexicon;

/** One way text names a person: the full canonical name, the short form, or a known variant spelling. */
public record PersonForm(Person person, Kind kind, String surface) {

    public enum Kind { FULL, SHORT, VARIANT }
}
