package io.github.mtlint.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an English form of a glossary term in text through inflection: case ("Belt and Road initiative"), plural
 * ("two sessions" for "two session"), possessive ("the National People's Congress's"), hyphens for spaces
 * ("Belt-and-Road"), commas as written or left out ("one country, two systems"), and irregular forms through the
 * analyzer's lemmas ("men" for "man"). An acronym in the form ("WHO", "NPC") does not match an all-lower-case word
 * ("who").
 */
public final class EnglishTermMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern GAP = Pattern.compile("[\\s\\-‐‑–'’,]+");

    /** A word of the text: where it is, its normalised form, and whether it is all lower case. */
    private record Word(int start, int end, String key, boolean lowerCase, List<String> lemmaKeys) {
    }

    /** A form to look for, split into normalised words. */
    public record Form(String text, List<String> keys, List<Boolean> acronyms) {
    }

    private final String text;
    private final List<Word> words = new ArrayList<>();

    /**
     * @param lemmasAt the analyzer's lemmas of the word starting at an offset (empty when it has none)
     */
    public EnglishTermMatcher(String text, int from, int to, IntFunction<List<String>> lemmasAt) {
        this.text = text;
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            List<String> lemmaKeys = lemmasAt.apply(m.start()).stream().map(EnglishTermMatcher::normalise).toList();
            words.add(new Word(m.start(), m.end(), normalise(w), w.equals(w.toLowerCase(Locale.ROOT)), lemmaKeys));
        }
    }

    public static Form form(String text) {
        List<String> keys = new ArrayList<>();
        List<Boolean> acronyms = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            keys.add(normalise(w));
            acronyms.add(w.length() >= 2 && w.codePoints().anyMatch(Character::isLetter)
                    && w.equals(w.toUpperCase(Locale.ROOT)));
        }
        return new Form(text, keys, acronyms);
    }

    /** Every place the form occurs, as [start, end) offsets into the text. */
    public List<int[]> find(Form form) {
        List<int[]> found = new ArrayList<>();
        if (form.keys().isEmpty()) {
            return found;
        }
        for (int i = 0; i + form.keys().size() <= words.size(); i++) {
            if (matchesAt(form, i)) {
                found.add(new int[]{words.get(i).start(), words.get(i + form.keys().size() - 1).end()});
            }
        }
        return found;
    }

    public boolean contains(Form form) {
        return !find(form).isEmpty();
    }

    private boolean matchesAt(Form form, int first) {
        for (int k = 0; k < form.keys().size(); k++) {
            Word word = words.get(first + k);
            if (k > 0 && !GAP.matcher(text).region(words.get(first + k - 1).end(), word.start()).matches()) {
                return false;
            }
            String key = form.keys().get(k);
            if (!word.key().equals(key) && !word.lemmaKeys().contains(key)) {
                return false;
            }
            if (form.acronyms().get(k) && word.lowerCase()) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, without a possessive ending, plural reduced to singular, so that inflected forms compare equal. */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
