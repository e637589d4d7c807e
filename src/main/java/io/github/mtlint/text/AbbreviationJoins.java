package io.github.mtlint.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mends LanguageTool's sentence splitting after an abbreviation's full stop: it ends a sentence at "3:47 a.m." before
 * "Wednesday (Beijing Time), according to ..." and at "Co., Ltd." before "("Lianyun") today announced", so that each
 * half looked like a fragment and two sentences sharing their first half looked like a repeated one. The next piece
 * continues the sentence when it opens with a weekday, a bracket or a lower-case word on the same line.
 */
public final class AbbreviationJoins {

    private final Set<String> abbreviations;
    private final Set<String> weekdays;

    /**
     * @param abbreviations abbreviations written without their final full stop ("a.m", "Ltd"), matched in any case
     * @param weekdays      the days of the week as written ("Wednesday")
     */
    public AbbreviationJoins(Collection<String> abbreviations, Collection<String> weekdays) {
        this.abbreviations = abbreviations.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.weekdays = Set.copyOf(weekdays);
    }

    /** The sentences, consecutive pieces of a text, with each piece that continues the one before joined to it. */
    public List<String> join(List<String> sentences) {
        List<String> joined = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            int last = joined.size() - 1;
            if (last >= 0 && endsWithAbbreviation(joined.get(last)) && continues(sentence)) {
                joined.set(last, joined.get(last) + sentence);
            } else {
                joined.add(sentence);
            }
        }
        return joined;
    }

    /** Ends in an abbreviation and its full stop, then spaces but no line break. */
    private boolean endsWithAbbreviation(String sentence) {
        int end = sentence.length();
        while (end > 0 && (sentence.charAt(end - 1) == ' ' || sentence.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end == 0 || sentence.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && (Character.isLetter(sentence.charAt(start - 1)) || sentence.charAt(start - 1) == '.')) {
            start--;
        }
        return abbreviations.contains(sentence.substring(start, end - 1).toLowerCase(Locale.ROOT));
    }

    private boolean continues(String next) {
        if (next.isEmpty()) {
            return false;
        }
        char first = next.charAt(0);
        if (first == '(' || Character.isLowerCase(first)) {
            return true;
        }
        int wordEnd = 0;
        while (wordEnd < next.length() && Character.isLetter(next.charAt(wordEnd))) {
            wordEnd++;
        }
        return weekdays.contains(next.substring(0, wordEnd));
    }
}
