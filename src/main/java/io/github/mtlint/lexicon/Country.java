package io.github.mtlint.lexicon;

import java.util.List;

/**
 * A country or territory.
 *
 * @param capitals    capitals with the time each was the capital (or was spelt so)
 * @param formerNames names it no longer uses officially
 */
public record Country(String code, String name, String official, String status, List<String> aliases,
                      List<String> demonyms, List<DatedName> capitals, List<FormerName> formerNames) {

    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        formerNames = List.copyOf(formerNames);
    }

    /** A name with the time it was valid. */
    public record DatedName(String name, Validity validity) {
    }

    /**
     * A former name.
     *
     * @param stillCommon English-language news still routinely uses it, so it is not reported as outdated
     */
    public record FormerName(String name, java.time.LocalDate until, boolean stillCommon) {
    }

    /** The demonym as an adjective ("Uzbek"), the first one listed, or the name itself. */
    public String adjective() {
        return demonyms.isEmpty() ? name : demonyms.get(0);
    }
}
