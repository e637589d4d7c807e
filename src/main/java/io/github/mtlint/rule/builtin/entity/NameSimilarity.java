package io.github.mtlint.rule.builtin.entity;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Locale;

/**
 * How alike two spellings of a name are, case and accents aside: Jaro-Winkler similarity (which forgives
 * transliteration changes in the middle of a name) and Levenshtein distance (which bounds how much changed).
 */
record NameSimilarity(double jaroWinkler, int distance, int length) {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    static NameSimilarity of(String a, String b) {
        return ofFolded(fold(a), fold(b));
    }

    /** As {@link #of} for spellings already {@link #fold folded}. */
    static NameSimilarity ofFolded(String x, String y) {
        return new NameSimilarity(JARO_WINKLER.apply(x, y), LEVENSHTEIN.apply(x, y), Math.max(x.length(), y.length()));
    }

    /** Lower case without accents: "Erdoğan" and "Erdogan" are the same spelling here. */
    static String fold(String s) {
        // Unicode normalisation is what made this costly, and plain ASCII, most names in English text, has no accents
        return isAscii(s) ? s.toLowerCase(Locale.ROOT) : foldLetters(StringUtils.stripAccents(s).toLowerCase(Locale.ROOT));
    }

    /** Letters no accent stripping decomposes, written in English without their stroke: Støre is "Store". */
    private static String foldLetters(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ø' -> folded.append('o');
                case 'đ' -> folded.append('d');
                case 'ħ' -> folded.append('h');
                case 'ı' -> folded.append('i');
                case 'ł' -> folded.append('l');
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'ß' -> folded.append("ss");
                case 'þ' -> folded.append("th");
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Share of characters that stayed the same. */
    double ratio() {
        return length == 0 ? 1 : 1 - (double) distance / length;
    }
}
