package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.rule.VarietyDetector;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words are American or British spellings, and their counterparts, from pairs of spellings that tell the
 * varieties apart, extended to derived forms the pairs lack ("neighbourliness" from "neighbour").
 */
public final class SpellingVariants implements VarietyDetector {

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}+(?![\\p{L}\\p{N}-])");

    /** A word's variety and how the other variety spells it. */
    public record Spelling(EnglishVariant variant, String counterpart) {
    }

    private static final int MIN_STEM = 5;

    private final Map<String, Spelling> byWord = new HashMap<>();
    private final List<String> suffixes;

    /**
     * @param pairs    "american british" per item ("color colour")
     * @param suffixes derivational endings to recognise derived forms by
     */
    public SpellingVariants(List<String> pairs, List<String> suffixes) {
        this.suffixes = List.copyOf(suffixes);
        for (String pair : pairs) {
            String[] words = pair.trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length != 2 || words[0].equals(words[1])) {
                throw new IllegalArgumentException("locale.spelling-variety: a pair is two different words, not '" + pair + "'");
            }
            byWord.putIfAbsent(words[0], new Spelling(EnglishVariant.US, words[1]));
            byWord.putIfAbsent(words[1], new Spelling(EnglishVariant.GB, words[0]));
        }
    }

    public Optional<Spelling> lookup(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Spelling direct = byWord.get(lower);
        if (direct != null) {
            return Optional.of(withCase(word, direct));
        }
        for (String suffix : suffixes) {
            if (lower.length() - suffix.length() >= MIN_STEM && lower.endsWith(suffix)) {
                Spelling stem = byWord.get(lower.substring(0, lower.length() - suffix.length()));
                if (stem != null && !byWord.containsKey(stem.counterpart() + suffix)) {
                    return Optional.of(withCase(word, new Spelling(stem.variant(), stem.counterpart() + suffix)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The variety most of the text's lower-case marker words follow (capitalised words may be names that keep their
     * spelling: "World Trade Organization"); on a tie the variety of the first marker; empty without markers.
     */
    @Override
    public Optional<EnglishVariant> variety(String text) {
        int us = 0;
        int gb = 0;
        EnglishVariant first = null;
        Matcher m = LOWER_CASE_WORD.matcher(text);
        while (m.find()) {
            Optional<Spelling> spelling = lookup(m.group());
            if (spelling.isPresent()) {
                EnglishVariant v = spelling.get().variant();
                first = first == null ? v : first;
                if (v == EnglishVariant.US) {
                    us++;
                } else {
                    gb++;
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(us == gb ? first : us > gb ? EnglishVariant.US : EnglishVariant.GB);
    }

    private static Spelling withCase(String original, Spelling spelling) {
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            String c = spelling.counterpart();
            return new Spelling(spelling.variant(), c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1));
        }
        return spelling;
    }
}
