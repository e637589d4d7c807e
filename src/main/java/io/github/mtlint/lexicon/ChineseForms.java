package io.github.mtlint.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lexicon's Chinese side: names as Chinese writes them (countries, capitals, places, people, organisations)
 * with their English forms, and the readings of surnames whose characters have several (单 Shan, not Dan).
 * Chinese has no spaces, so names are found by longest match from each position; words that contain a name but are
 * not one (沿海 "coastal" holds 海地 Haiti's form in 沿海地区) are matched too, and skipped.
 */
public final class ChineseForms {

    private final List<ChineseName> names;
    private final Map<String, List<ChineseName>> byForm = new HashMap<>();
    private final Map<String, String> surnameReadings;
    private final Set<String> compoundSurnames;
    private final Set<String> surnames;
    private final Set<String> notNames;
    private final Set<String> compoundAnchors;
    private final Map<String, Map<String, String>> besideCodes;
    private final Set<String> sideMarkers;
    private int longest;

    public ChineseForms(List<ChineseName> names, Map<String, String> surnameReadings, Set<String> compoundSurnames) {
        this(names, surnameReadings, compoundSurnames, Set.of());
    }

    public ChineseForms(List<ChineseName> names, Map<String, String> surnameReadings, Set<String> compoundSurnames,
                        Set<String> surnames) {
        this(names, surnameReadings, compoundSurnames, surnames, Set.of(), Set.of(), Map.of());
    }

    /**
     * @param surnames        single-character surnames (王, 李); with the compound ones they tell a person's name from
     *                        a word that only looks like one
     * @param notNames        words that contain a name's form but are not names (沿海, 平台); never found
     * @param compoundAnchors abbreviations that make a run a compound (中, 美, 俄): a run of other abbreviations only
     *                        (卡萨 in 卡萨托诺夫) is a transliteration, not a compound; empty: every run counts
     * @param besideCodes     for a shared abbreviation, the country it names beside another one in a compound (澳
     *                        beside 港: Macao)
     */
    public ChineseForms(List<ChineseName> names, Map<String, String> surnameReadings, Set<String> compoundSurnames,
                        Set<String> surnames, Set<String> notNames, Set<String> compoundAnchors,
                        Map<String, Map<String, String>> besideCodes) {
        this(names, surnameReadings, compoundSurnames, surnames, notNames, compoundAnchors, besideCodes, Set.of());
    }

    /**
     * @param sideMarkers characters after one abbreviation that make it a country's "side" (方: 美方, 奥方, 乌方), as
     *                    Chinese diplomatic news names the other party; words starting with the marker are notNames
     */
    public ChineseForms(List<ChineseName> names, Map<String, String> surnameReadings, Set<String> compoundSurnames,
                        Set<String> surnames, Set<String> notNames, Set<String> compoundAnchors,
                        Map<String, Map<String, String>> besideCodes, Set<String> sideMarkers) {
        this.sideMarkers = Set.copyOf(sideMarkers);
        this.names = List.copyOf(names);
        for (ChineseName name : names) {
            byForm.computeIfAbsent(name.zh(), k -> new ArrayList<>()).add(name);
            longest = Math.max(longest, name.zh().length());
        }
        this.surnameReadings = Map.copyOf(surnameReadings);
        this.compoundSurnames = Set.copyOf(compoundSurnames);
        this.surnames = Set.copyOf(surnames);
        this.notNames = Set.copyOf(notNames);
        this.compoundAnchors = Set.copyOf(compoundAnchors);
        this.besideCodes = Map.copyOf(besideCodes);
        for (String word : notNames) {
            longest = Math.max(longest, word.length());
        }
    }

    public static ChineseForms empty() {
        return new ChineseForms(List.of(), Map.of(), Set.of());
    }

    /** A name found in a text: where, and every lexicon entry with that form (a form may name several things). */
    public record Match(int start, int end, List<ChineseName> names) {
    }

    /** Every entry, grouped by form (a shared abbreviation's countries in the order the lexicon declares them). */
    public List<ChineseName> names() {
        return names;
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
        return scan(text).stream().filter(m -> !m.names().isEmpty()).toList();
    }

    /**
     * The codes of the countries a text names in full or by their capital: 中澳 in a text set in 堪培拉 is Australia's.
     */
    public Set<String> countriesNamedIn(String text) {
        Set<String> named = new HashSet<>();
        for (Match match : find(text)) {
            match.names().stream().filter(n -> n.kind() == ChineseName.Kind.COUNTRY
                    || n.kind() == ChineseName.Kind.CAPITAL && n.countryCode() != null).forEach(n -> named.add(n.countryCode()));
        }
        return named;
    }

    /** Names and not-names (with no entries), leftmost-longest. */
    private List<Match> scan(String text) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match match = longestAt(text, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.end();
            }
        }
        return found;
    }

    private Match longestAt(String text, int start) {
        for (int end = Math.min(text.length(), start + longest); end > start; end--) {
            String candidate = text.substring(start, end);
            List<ChineseName> names = lookup(candidate).stream()
                    .filter(n -> n.kind() != ChineseName.Kind.COUNTRY_ABBREVIATION).toList();
            if (!names.isEmpty()) {
                return new Match(start, end, names);
            }
            if (notNames.contains(candidate)) {
                return new Match(start, end, List.of());
            }
        }
        return null;
    }

    /**
     * Country abbreviations in compounds of two or more (中乌, 中美俄, 港澳台), each character of such a run that
     * abbreviates a country, and single ones before a side marker (奥方, "the Austrian side"; not 新方案 "a new plan",
     * where 方案 is a word). 中 is China's. A character that belongs to a longer name or word found by {@link #find}
     * is not an abbreviation (德 in 中德国 is Germany's 德国, 美 in 中美洲 is Central America's, 台 in 平台中 is part
     * of 平台 "platform"), nor is one right after a numeral (日 in 17日美方 is the day); a run needs one of the
     * compound anchors (中乌 and 美俄 are compounds, 卡萨 in 卡萨托诺夫 is not). A character shared by several
     * countries (澳: Australia in 中澳, Macao in 港澳; 乌: Uzbekistan, Ukraine or Uganda) comes with all of them, the
     * likeliest first, and the rule decides by context. Runs are still only candidates: 以加紧 holds 以加; the caller
     * should confirm that a run is a word of its own in the segmentation.
     */
    public List<Match> findAbbreviations(String text) {
        boolean[] inWord = new boolean[text.length()];
        for (Match m : scan(text)) {
            Arrays.fill(inWord, m.start(), m.end(), true);
        }
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !inWord[end] && isAbbreviation(text.substring(end, end + 1))
                    && !(end == i && i > 0 && isNumeral(text.charAt(i - 1)))) {
                end++;
            }
            if (end - i >= 2 && isCompound(text.substring(i, end))) {
                for (int k = i; k < end; k++) {
                    found.add(new Match(k, k + 1, inCompound(text, k, i, end)));
                }
                i = end;
            } else if (end - i == 1 && end < text.length() && !inWord[end] && sideMarkers.contains(text.substring(end, end + 1))) {
                found.add(new Match(i, end, abbreviations(text.substring(i, end)))); // 奥方: the Austrian side
                i = end;
            } else {
                i = Math.max(i + 1, end);
            }
        }
        return found;
    }

    /** The countries the abbreviation at k can name in the run, narrowed by the one beside it (港澳: Macao). */
    private List<ChineseName> inCompound(String text, int k, int runStart, int runEnd) {
        String character = text.substring(k, k + 1);
        List<ChineseName> names = abbreviations(character);
        Map<String, String> beside = besideCodes.getOrDefault(character, Map.of());
        for (int neighbour : new int[] {k - 1, k + 1}) {
            if (neighbour >= runStart && neighbour < runEnd) {
                String code = beside.get(text.substring(neighbour, neighbour + 1));
                if (code != null) {
                    return names.stream().filter(n -> n.countryCode().equals(code)).toList();
                }
            }
        }
        return names;
    }

    private boolean isCompound(String run) {
        return compoundAnchors.isEmpty() || run.codePoints().anyMatch(c -> compoundAnchors.contains(Character.toString(c)));
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "〇一二两三四五六七八九十百千万亿".indexOf(c) >= 0;
    }

    private boolean isAbbreviation(String character) {
        return !abbreviations(character).isEmpty();
    }

    private List<ChineseName> abbreviations(String character) {
        return lookup(character).stream().filter(n -> n.kind() == ChineseName.Kind.COUNTRY_ABBREVIATION).toList();
    }

    /** The reading of a surname in names, where it differs from the character's common reading (曾 → Zeng). */
    public Optional<String> surnameReading(String surname) {
        return Optional.ofNullable(surnameReadings.get(surname));
    }

    /** Two-character surnames (欧阳, 司马): the given name starts after them. */
    public boolean isCompoundSurname(String characters) {
        return compoundSurnames.contains(characters);
    }

    /** How many characters of a person's name are the surname: two for a compound one (欧阳修), else one. */
    public int surnameLength(String name) {
        return name.length() >= 3 && isCompoundSurname(name.substring(0, 2)) ? 2 : 1;
    }

    /**
     * Whether these characters are a common Chinese surname, single (王) or compound (欧阳): a name-recogniser's
     * "person" whose first characters are none is probably not a Chinese person's name.
     */
    public boolean isSurname(String characters) {
        return surnames.contains(characters) || compoundSurnames.contains(characters);
    }
}
