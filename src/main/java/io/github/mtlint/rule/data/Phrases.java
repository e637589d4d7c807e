package io.github.mtlint.rule.data;

import io.github.mtlint.rule.CaseFold;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Literal words and phrases as regular expressions: whole words only, any run of spaces between words. */
final class Phrases {

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

    private Phrases() {
    }

    /** A phrase as a regex; word boundaries are added only where the phrase starts or ends with a word character. */
    static String regex(String phrase) {
        String body = java.util.Arrays.stream(phrase.trim().split("\\s+"))
                .map(Pattern::quote).collect(Collectors.joining("\\s+"));
        String start = isWordChar(phrase.trim().charAt(0)) ? NOT_WORD_BEFORE : "";
        String end = isWordChar(phrase.trim().charAt(phrase.trim().length() - 1)) ? NOT_WORD_AFTER : "";
        return start + body + end;
    }

    /** One alternation of all phrases, longest first so that longer phrases win. */
    static String alternation(List<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Phrases::regex).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The phrase's longest word, case-folded: text every match of the phrase contains. */
    static String longestWord(String phrase) {
        return CaseFold.fold(java.util.Arrays.stream(phrase.trim().split("\\s+"))
                .max(Comparator.comparingInt(String::length)).orElse(""));
    }

    static int flags(boolean ignoreCase) {
        return ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    }

    /** The form two spellings of a phrase share when case and spacing are ignored. */
    static String normalise(String text, boolean ignoreCase) {
        String spaced = text.trim().replaceAll("\\s+", " ");
        return ignoreCase ? spaced.toLowerCase(Locale.ROOT) : spaced;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
