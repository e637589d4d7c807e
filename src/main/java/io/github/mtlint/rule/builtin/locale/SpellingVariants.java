package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.rule.VarietyDetector;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words are American or British spellings, and their counterparts, from pairs of spellings that tell the
 * varieties apart, extended to derived forms the pairs lack ("neighbourliness" from "neighbour").
 */
public final class SpellingVariants implements VarietyDetector {

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}+(?![\\p{L}\\p{N}-])");
    /** A lower-case word or the last part of a hyphenated one ("well-organised"). */
    private static final Pattern LOWER_CASE_WORD_OR_PART = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Ll}+(?![\\p{L}\\p{N}])");

    /** A word's variety and how the other variety spells it. */
    public record Spelling(EnglishVariant variant, String counterpart) {
    }

    private static final int MIN_STEM = 5;

    private final Map<String, Spelling> byWord = new HashMap<>();
    private final List<String> suffixes;
    private final Set<String> iseVerbs;
    private final List<String> iseEndings;
    private final int minIseForms;
    private final Set<String> britishOnly;
    private final List<Pattern> britishPhrases;

    /**
     * @param pairs    "american british" per item ("color colour")
     * @param suffixes derivational endings to recognise derived forms by
     * @param iseVerbs   British -ise verbs whose -ize form is both American and Oxford spelling ("equalise")
     * @param iseEndings the endings of their forms ("ise", "ised", "iser"…), which replace the verb's "ise"
     * @param minIseForms how many -ise forms make a text without markers British
     * @param britishOnly spellings only British English has, whose American form it accepts too ("programme")
     * @param britishPhrases phrases only British English writes ("per cent")
     */
    public SpellingVariants(List<String> pairs, List<String> suffixes, List<String> iseVerbs, List<String> iseEndings,
                            int minIseForms, List<String> britishOnly, List<String> britishPhrases) {
        this.minIseForms = minIseForms;
        this.britishOnly = Set.copyOf(britishOnly);
        this.britishPhrases = britishPhrases.stream()
                .map(phrase -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}])"))
                .toList();
        this.suffixes = List.copyOf(suffixes);
        this.iseVerbs = Set.copyOf(iseVerbs);
        this.iseEndings = List.copyOf(iseEndings);
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

    /** A listed pair or a form derived from one, also after a short prefix ("tri-coloured", "well-organised"). */
    public boolean isPairSpelling(String word) {
        String lastPart = afterShortPrefix(word);
        return lookup(word).isPresent() || !lastPart.isEmpty() && lookup(lastPart).isPresent();
    }

    /** A form of a British -ise verb ("equalised", "organisers"), also after a short prefix. */
    public boolean isIseForm(String word) {
        return isIseVerbForm(afterShortPrefix(word).toLowerCase(Locale.ROOT));
    }

    /** A lower-case form of one of the -ise verbs with its -ise ending ("equalised"). */
    private boolean isIseVerbForm(String lower) {
        for (String ending : iseEndings) {
            if (lower.endsWith(ending) && iseVerbs.contains(lower.substring(0, lower.length() - ending.length()) + "ise")) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case form of one of the -ise verbs with the -ize ending instead ("equalized"). */
    private boolean isIzeVerbForm(String lower) {
        for (String ending : iseEndings) {
            if (lower.endsWith("iz" + ending.substring(2))
                    && iseVerbs.contains(lower.substring(0, lower.length() - ending.length()) + "ise")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part after a hyphen when what comes before it is a short word ("tri", "well", "full"); else the word. A long
     * first part may be a misspelling of its own ("currencyfull-caliber"), which the variety does not excuse.
     */
    private static String afterShortPrefix(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen <= MAX_PREFIX && word.substring(0, hyphen).chars().allMatch(Character::isLetter)
                ? word.substring(hyphen + 1) : word;
    }

    private static final int MAX_PREFIX = 6;

    /**
     * Whether nothing in the text makes it American: no American marker and no -ize form of the -ise verbs. An -ise
     * form there is a British spelling, whatever speller checks the text, not a misspelling.
     */
    public boolean mayBeBritish(String text) {
        if (markerVariety(text).filter(v -> v == EnglishVariant.US).isPresent()) {
            return false;
        }
        Matcher m = LOWER_CASE_WORD_OR_PART.matcher(text);
        while (m.find()) {
            if (isIzeVerbForm(m.group())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The variety of the text's spelling for LanguageTool's speller: that of its markers ({@link #markerVariety}); a text
     * without any that uses British -ise forms ("equalised", "equaliser"), at least {@code minIseForms} and more than
     * -ize ones, is British, since British English allows -ize too but American English has no -ise. One -ise form
     * alone is as likely a slip. So is a text without markers that uses a spelling or a phrase only British English
     * has ("programme", "metres", "licence", "per cent"), which the American speller or style rules would report.
     */
    @Override
    public Optional<EnglishVariant> variety(String text) {
        Optional<EnglishVariant> byMarkers = markerVariety(text);
        if (byMarkers.isPresent()) {
            return byMarkers;
        }
        if (britishPhrases.stream().anyMatch(phrase -> phrase.matcher(text).find())) {
            return Optional.of(EnglishVariant.GB);
        }
        int ise = 0;
        int ize = 0;
        Matcher m = LOWER_CASE_WORD_OR_PART.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (britishOnly.contains(word)) {
                return Optional.of(EnglishVariant.GB);
            }
            if (isIseVerbForm(word)) {
                ise++;
            } else if (isIzeVerbForm(word)) {
                ize++;
            }
        }
        return ise >= minIseForms && ise > ize ? Optional.of(EnglishVariant.GB) : Optional.empty();
    }

    /**
     * The variety most of the text's lower-case marker words follow (capitalised words may be names that keep their
     * spelling: "World Trade Organization"); on a tie the variety of the first marker; empty without markers.
     */
    public Optional<EnglishVariant> markerVariety(String text) {
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
