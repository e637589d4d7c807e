package io.github.mtlint.rule.builtin.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pinyin syllables in Wade-Giles as Taiwan writes names (no apostrophes or umlauts, the given name hyphenated):
 * 黄国昌, huang guo chang, is "Huang Kuo-chang". The tables are the rule's data.
 */
final class WadeGiles {

    private static final List<String> INITIALS = List.of("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
            "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w");

    /** A change of final after some initials ("g k h: e o", ge → ko); "*" for any. */
    private record FinalRule(Set<String> initials, String from, String to) {
    }

    private final Map<String, String> syllables;
    private final Map<String, String> initials;
    private final List<FinalRule> finals;

    /**
     * @param syllables whole syllables ("zhi chih", "si ssu")
     * @param initials  initials ("x hs", "zh ch")
     * @param finals    finals after some initials ("g k h: e o", "*: ong ung"), the first that applies
     */
    WadeGiles(List<String> syllables, List<String> initials, List<String> finals) {
        this.syllables = pairs("wadeGilesSyllables", syllables);
        this.initials = pairs("wadeGilesInitials", initials);
        this.finals = new ArrayList<>();
        for (String entry : finals) {
            String[] sides = entry.split(":", 2);
            String[] change = sides.length == 2 ? sides[1].strip().split("\\s+") : new String[0];
            if (change.length != 2) {
                throw new IllegalArgumentException("wadeGilesFinals: '" + entry + "' must be 'INITIALS: FROM TO'");
            }
            this.finals.add(new FinalRule(Set.of(sides[0].strip().split("\\s+")), change[0], change[1]));
        }
    }

    /** "Huang Kuo-chang" for the surname's and the given name's pinyin syllables. */
    String name(List<String> surname, List<String> given) {
        String family = capitalise(String.join("", surname.stream().map(this::syllable).toList()));
        return given.isEmpty() ? family : family + " " + capitalise(String.join("-", given.stream().map(this::syllable).toList()));
    }

    String syllable(String pinyin) {
        String lower = pinyin.toLowerCase(Locale.ROOT);
        String whole = syllables.get(lower);
        if (whole != null) {
            return whole;
        }
        String initial = INITIALS.stream().filter(lower::startsWith).findFirst().orElse("");
        String rest = lower.substring(initial.length());
        for (FinalRule rule : finals) {
            if (rest.equals(rule.from()) && (rule.initials().contains("*") || rule.initials().contains(initial))) {
                rest = rule.to();
                break;
            }
        }
        return initials.getOrDefault(initial, initial) + rest;
    }

    private static Map<String, String> pairs(String listName, List<String> entries) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] fields = entry.strip().split("\\s+");
            if (fields.length != 2) {
                throw new IllegalArgumentException(listName + ": '" + entry + "' must be 'PINYIN WADE-GILES'");
            }
            pairs.put(fields[0], fields[1]);
        }
        return pairs;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
