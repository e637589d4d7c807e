package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.EnglishVariant;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which words are American or British spellings, and their counterparts, from LanguageTool's en-US/en-GB map,
 * extended to derived forms the map lacks ("neighbourliness" from "neighbour"). Words whose spellings differ
 * by meaning in British English ("check"/"cheque", "story"/"storey") are not markers of a variety.
 */
public final class SpellingVariants {

    /** A word's variety and how the other variety spells it. */
    public record Spelling(EnglishVariant variant, String counterpart) {
    }

    private static final int MIN_STEM = 5;

    private final Map<String, Spelling> byWord = new HashMap<>();
    private final List<String> suffixes;

    public SpellingVariants(Map<String, String> americanToBritish, Set<String> ambiguous, List<String> suffixes) {
        this.suffixes = List.copyOf(suffixes);
        americanToBritish.forEach((us, gb) -> {
            if (!ambiguous.contains(us) && !ambiguous.contains(gb) && !us.equals(gb)) {
                byWord.putIfAbsent(us, new Spelling(EnglishVariant.US, gb));
                byWord.putIfAbsent(gb, new Spelling(EnglishVariant.GB, us));
            }
        });
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

    private static Spelling withCase(String original, Spelling spelling) {
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            String c = spelling.counterpart();
            return new Spelling(spelling.variant(), c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1));
        }
        return spelling;
    }
}
