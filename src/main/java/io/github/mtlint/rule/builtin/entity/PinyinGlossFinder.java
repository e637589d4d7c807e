package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.NameSpans;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pinyin that a text gives as the gloss of a Chinese term, so that spell-checkers leave it alone: news copy quotes
 * the Chinese word beside its English ("内卷 (neijuan)", "involution (neijuan)", "a \"tangping\" (lying flat)
 * attitude", "what Chinese call neijuan, or involution"). A word counts only where the text marks it as a gloss:
 * <ul>
 *   <li>a parenthesis holding nothing but pinyin ("(neijuan)", "(tang ping)"), whatever stands before it;</li>
 *   <li>pinyin, bare or in quotes, right before a parenthesis that explains it: one starting with Chinese or a
 *       lower-case word ("tangping (lying flat)", "neijuan (内卷)");</li>
 *   <li>pinyin, bare or in quotes, right after a word that names a term ("call", "known as", "dubbed");</li>
 *   <li>pinyin in quotes followed by a word that translates it ("\"neijuan\", or involution").</li>
 * </ul>
 * Every word of the gloss must be whole pinyin syllables; the same word in ordinary prose ("published bu the
 * ministry") is still the spellers' to report. A bare word after a naming word or before a parenthesis must also be
 * long enough not to be an English typo that spells pinyin ("called fo an immediate ceasefire", "yuo (the public)").
 */
public final class PinyinGlossFinder implements NameSpans {

    private static final int MAX_GLOSS_WORDS = 4;
    // no syllable string is longer; the limit also keeps the syllable regex from backtracking on long words
    private static final int MAX_WORD_LENGTH = 24;
    private static final Pattern PARENTHESIS = Pattern.compile("[(\uFF08]([^()\uFF08\uFF09\n]{1,80})[)\uFF09]");
    /** A word, with apostrophes inside ("Xi'an"). */
    private static final String WORD_REGEX = "\\p{L}+(?:['\u2019]\\p{L}+)*";
    /** Words in quotes, the words as group 1. */
    private static final String QUOTED_REGEX = "[\"\u201C\u2018]([^\"\u201C\u201D\u2018\u2019\n]{1,60})[\"\u201D\u2019]";
    private static final Pattern WORD = Pattern.compile(WORD_REGEX);
    private static final Pattern WORD_BEFORE = Pattern.compile("(" + WORD_REGEX + ")\\s*$");
    private static final Pattern QUOTED_BEFORE = Pattern.compile(QUOTED_REGEX + "\\s*$");
    private static final Pattern WORD_AFTER = Pattern.compile("^" + WORD_REGEX);
    private static final Pattern QUOTED_AFTER = Pattern.compile("^" + QUOTED_REGEX);
    private static final Pattern QUOTED = Pattern.compile(QUOTED_REGEX);
    // words of letters and apostrophes, split by spaces or hyphens
    private static final Pattern GLOSS_SHAPE = Pattern.compile("[\\p{L}'\u2019]+(?:[\\s-]+[\\p{L}'\u2019]+)*");
    private static final Pattern EXPLANATION_START = Pattern.compile("^\\s*(?:\\p{IsHan}|\\p{Ll})");

    private final Pattern pinyinWord;
    private final Pattern introducer;
    private final Pattern translationAfterQuote;
    private final int bareMinLetters;
    private final int bareMinSyllables;

    /** A whole word of the syllables: "Zhaoxu", "Xi'an". */
    public static String wordOf(String pinyinSyllable) {
        return "(?:" + pinyinSyllable + "['\u2019]?)+";
    }

    /**
     * @param pinyinWord  a whole word of pinyin syllables (Java regex, matched case-insensitively on the word
     *                    without its accents)
     * @param introducers words that name a term right before it ("called", "known as"; Java regexes)
     * @param translators words that start its translation right after a quoted term ("or", "meaning"; Java regexes)
     * @param bareMinLetters   fewest letters of an unquoted gloss word after a naming word or before a parenthesis
     * @param bareMinSyllables fewest pinyin syllables of such a word
     */
    public PinyinGlossFinder(String pinyinWord, List<String> introducers, List<String> translators, int bareMinLetters,
                             int bareMinSyllables) {
        this.pinyinWord = Pattern.compile(pinyinWord, Pattern.CASE_INSENSITIVE);
        this.introducer = Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", introducers) + ")\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.translationAfterQuote = Pattern.compile("^\\s*,?\\s*(?:" + String.join("|", translators) + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.bareMinLetters = bareMinLetters;
        this.bareMinSyllables = bareMinSyllables;
    }

    @Override
    public List<Span> names(Document document) {
        String text = document.text();
        List<Span> glosses = new ArrayList<>();
        Matcher parenthesis = PARENTHESIS.matcher(text);
        while (parenthesis.find()) {
            if (!addIfPinyin(text, parenthesis.start(1), parenthesis.end(1), glosses)
                    && EXPLANATION_START.matcher(parenthesis.group(1)).find()) {
                addGlossBefore(text, parenthesis.start(), glosses);
            }
        }
        Matcher named = introducer.matcher(text);
        while (named.find()) {
            String rest = text.substring(named.end(), Math.min(text.length(), named.end() + 80));
            Matcher quoted = QUOTED_AFTER.matcher(rest);
            Matcher word = WORD_AFTER.matcher(rest);
            if (quoted.find()) {
                addIfPinyin(text, named.end() + quoted.start(1), named.end() + quoted.end(1), glosses);
            } else if (word.find() && longEnoughBare(word.group())) {
                addIfPinyin(text, named.end(), named.end() + word.end(), glosses);
            }
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String after = text.substring(quoted.end(), Math.min(text.length(), quoted.end() + 40));
            if (translationAfterQuote.matcher(after).find()) {
                addIfPinyin(text, quoted.start(1), quoted.end(1), glosses);
            }
        }
        return glosses;
    }

    /** The quoted words or the one word right before a parenthesis that explains them. */
    private void addGlossBefore(String text, int parenthesisStart, List<Span> glosses) {
        String before = text.substring(Math.max(0, parenthesisStart - 80), parenthesisStart);
        int offset = parenthesisStart - before.length();
        Matcher quoted = QUOTED_BEFORE.matcher(before);
        Matcher word = WORD_BEFORE.matcher(before);
        if (quoted.find()) {
            addIfPinyin(text, offset + quoted.start(1), offset + quoted.end(1), glosses);
        } else if (word.find() && longEnoughBare(word.group(1))) {
            addIfPinyin(text, offset + word.start(1), offset + word.end(1), glosses);
        }
    }

    /** An unquoted gloss word must be long enough not to be a short English typo that spells pinyin ("fo", "yuo"). */
    private boolean longEnoughBare(String word) {
        String folded = NameSimilarity.fold(word);
        return folded.codePointCount(0, folded.length()) >= bareMinLetters && folded.length() <= MAX_WORD_LENGTH
                && hasSyllables(folded, bareMinSyllables);
    }

    /** Whether the word splits into at least {@code count} runs of pinyin syllables. */
    private boolean hasSyllables(String word, int count) {
        if (count <= 1) {
            return pinyinWord.matcher(word).matches();
        }
        for (int split = 1; split < word.length(); split++) {
            if (pinyinWord.matcher(word.substring(0, split)).matches() && hasSyllables(word.substring(split), count - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Marks the words between start and end if there are a few and every one is pinyin; says whether it did. */
    private boolean addIfPinyin(String text, int start, int end, List<Span> glosses) {
        String gloss = text.substring(start, end);
        if (!GLOSS_SHAPE.matcher(gloss.strip()).matches()) {
            return false;
        }
        List<Span> words = new ArrayList<>();
        Matcher word = WORD.matcher(gloss);
        while (word.find()) {
            if (words.size() == MAX_GLOSS_WORDS || word.group().length() > MAX_WORD_LENGTH || !pinyinWord.matcher(NameSimilarity.fold(word.group())).matches()) {
                return false;
            }
            words.add(new Span(start + word.start(), start + word.end()));
        }
        glosses.addAll(words);
        return !words.isEmpty();
    }
}
