package io.github.mtlint.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lexicon's Chinese side: names as Chinese writes them (countries, capitals, places, people, organisations)
 * with their English forms, and the readings of surnames whose characters have several (单 Shan, not Dan).
 * Chinese has no spaces, so names are found by longest match from each position.
 */
public final class ChineseForms {

    private final Map<String, List<ChineseName>> byForm = new HashMap<>();
    private final Map<String, String> surnameReadings;
    private final Set<String> compoundSurnames;
    private int longest;

    public ChineseForms(List<ChineseName> names, Map<String, String> surnameReadings, Set<String> compoundSurnames) {
        for (ChineseName name : names) {
            byForm.computeIfAbsent(name.zh(), k -> new ArrayList<>()).add(name);
            longest = Math.max(longest, name.zh().length());
        }
        this.surnameReadings = Map.copyOf(surnameReadings);
        this.compoundSurnames = Set.copyOf(compoundSurnames);
    }

    public static ChineseForms empty() {
        return new ChineseForms(List.of(), Map.of(), Set.of());
    }

    /** A name found in a text: where, and every lexicon entry with that form (a form may name several things). */
    public record Match(int start, int end, List<ChineseName> names) {
    }

    /** Every entry with exactly this Chinese form. */
    public List<ChineseName> lookup(String zh) {
        return byForm.getOrDefault(zh, List.of());
    }

    /**
     * Names in the text, leftmost-longest and not overlapping. One-character country abbreviations are found only
     * where {@link #findAbbreviations} is asked for them, since alone they are ordinary characters.
     */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match match = longestAt(text, i, false);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.end();
            }
        }
        return found;
    }

    /**
     * Country abbreviations in compounds of two or more (中乌, 中美俄): each character of such a run that abbreviates
     * a country. 中 is China's.
     */
    public List<Match> findAbbreviations(String text) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isAbbreviation(text.substring(end, end + 1))) {
                end++;
            }
            if (end - i >= 2) {
                for (int k = i; k < end; k++) {
                    found.add(new Match(k, k + 1, abbreviations(text.substring(k, k + 1))));
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private boolean isAbbreviation(String character) {
        return !abbreviations(character).isEmpty();
    }

    private List<ChineseName> abbreviations(String character) {
        return lookup(character).stream().filter(n -> n.kind() == ChineseName.Kind.COUNTRY_ABBREVIATION).toList();
    }

    private Match longestAt(String text, int start, boolean abbreviations) {
        for (int end = Math.min(text.length(), start + longest); end > start; end--) {
            List<ChineseName> names = lookup(text.substring(start, end)).stream()
                    .filter(n -> abbreviations == (n.kind() == ChineseName.Kind.COUNTRY_ABBREVIATION)).toList();
            if (!names.isEmpty()) {
                return new Match(start, end, names);
            }
        }
        return null;
    }

    /** The reading of a surname in names, where it differs from the character's common reading (曾 → Zeng). */
    public Optional<String> surnameReading(String surname) {
        return Optional.ofNullable(surnameReadings.get(surname));
    }

    /** Two-character surnames (欧阳, 司马): the given name starts after them. */
    public boolean isCompoundSurname(String characters) {
        return compoundSurnames.contains(characters);
    }
}
