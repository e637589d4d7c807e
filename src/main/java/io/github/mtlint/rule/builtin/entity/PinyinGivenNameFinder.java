package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.NameSpans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capitalised pinyin word right after a Chinese surname is a given name ("Chen Juner", "Zhang Yufei"), which the
 * spellers must not take for a misspelt English word ("June").
 */
public final class PinyinGivenNameFinder implements NameSpans {

    // no syllable string is longer; the limit also keeps the syllable regex from backtracking on long words
    private static final int MAX_WORD_LENGTH = 24;

    private final Pattern surnameThenWord;
    private final Pattern pinyinWord;

    /**
     * @param surnames   Chinese surnames in pinyin ("Chen")
     * @param pinyinWord a regex of one word of pinyin syllables, matched case-insensitively
     */
    public PinyinGivenNameFinder(List<String> surnames, String pinyinWord) {
        this.surnameThenWord = Pattern.compile("(?<![\\p{L}'’-])(" + String.join("|", surnames.stream().map(Pattern::quote).toList())
                + ") (\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-])");
        this.pinyinWord = Pattern.compile(pinyinWord, Pattern.CASE_INSENSITIVE);
    }

    /** A given name found, with the surname written before it. */
    public record GivenName(String surname, Span span) {
    }

    @Override
    public List<Span> names(Document document) {
        return givenNames(document.text()).stream().map(GivenName::span).toList();
    }

    /** Each pinyin given name after a Chinese surname in the text, in order. */
    public List<GivenName> givenNames(String text) {
        List<GivenName> names = new ArrayList<>();
        Matcher m = surnameThenWord.matcher(text);
        while (m.find()) {
            String given = m.group(2);
            if (given.length() <= MAX_WORD_LENGTH && pinyinWord.matcher(given.toLowerCase(Locale.ROOT)).matches()) {
                names.add(new GivenName(m.group(1), new Span(m.start(2), m.end(2))));
            }
        }
        return names;
    }
}
