package io.github.mtlint.lexicon;

/**
 * One way text names a country: its name, an alias, a demonym, a capital or a former name.
 *
 * @param capital the capital entry when {@code kind} is CAPITAL
 * @param former  the former-name entry when {@code kind} is FORMER_NAME
 */
public record PlaceForm(Country country, Kind kind, String surface, Country.DatedName capital, Country.FormerName former) {

    public enum Kind { NAME, ALIAS, DEMONYM, CAPITAL, FORMER_NAME }

    public boolean namesCountry() {
        return kind == Kind.NAME || kind == Kind.ALIAS || kind == Kind.FORMER_NAME;
    }
}
