package io.github.mtlint.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a glossary's terms of one language in text. Chinese has no spaces between words, so terms are found by
 * substring, the longest first at each position, and a term inside a longer one found there counts once, as the
 * longer one: 全国人大常委会 is the NPC Standing Committee, not also 全国人大. Terms in a script with spaces (letters or
 * digits at their edges) must also stand as whole words.
 */
public final class SourceTermIndex {

    /** A term found at [start, end) of the text. */
    public record Occurrence(int start, int end, String term, Concept concept) {
    }

    private record Entry(String term, Concept concept) {
    }

    private final Map<Character, List<Entry>> byFirstChar = new HashMap<>();

    /**
     * @param terms the terms to find, each with its concept
     */
    private SourceTermIndex(List<Entry> terms) {
        for (Entry e : terms) {
            byFirstChar.computeIfAbsent(e.term().charAt(0), k -> new ArrayList<>()).add(e);
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.term().length()).reversed()));
    }

    /** The allowed terms of the language in the glossary's concepts that are not do-not-translate. */
    public static SourceTermIndex of(Glossary glossary, String primaryLanguage) {
        List<Entry> entries = new ArrayList<>();
        for (Concept concept : glossary.concepts()) {
            if (!concept.doNotTranslate()) {
                concept.terms(primaryLanguage, true).forEach(t -> entries.add(new Entry(t.text(), concept)));
            }
        }
        return new SourceTermIndex(entries);
    }

    /** The terms of do-not-translate concepts, in any language. */
    public static SourceTermIndex doNotTranslate(Glossary glossary) {
        List<Entry> entries = new ArrayList<>();
        for (Concept concept : glossary.concepts()) {
            if (concept.doNotTranslate()) {
                concept.terms().stream().map(Term::text).distinct().forEach(t -> entries.add(new Entry(t, concept)));
            }
        }
        return new SourceTermIndex(entries);
    }

    public boolean isEmpty() {
        return byFirstChar.isEmpty();
    }

    /** The terms in text[from, to), left to right, none overlapping: at each position the longest term there. */
    public List<Occurrence> find(String text, int from, int to) {
        List<Occurrence> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Occurrence hit = longestAt(text, i, to);
            if (hit != null) {
                found.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Occurrence longestAt(String text, int at, int to) {
        List<Entry> candidates = byFirstChar.get(text.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            int end = at + e.term().length();
            if (end <= to && text.startsWith(e.term(), at) && wholeWord(text, at, end)) {
                return new Occurrence(at, end, e.term(), e.concept());
            }
        }
        return null;
    }

    /** A term that begins or ends with a letter or digit of a spaced script must not continue a word there. */
    static boolean wholeWord(String text, int start, int end) {
        boolean before = start > 0 && spacedWordChar(text.charAt(start)) && spacedWordChar(text.charAt(start - 1));
        boolean after = end < text.length() && spacedWordChar(text.charAt(end - 1)) && spacedWordChar(text.charAt(end));
        return !before && !after;
    }

    private static boolean spacedWordChar(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HIRAGANA
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA;
    }
}
