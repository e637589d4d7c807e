package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.ChineseName;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.NameTokenizer;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.NameSpans;
import io.github.mtlint.rule.builtin.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a document, so that spell-checkers leave them alone: everything the lexicon knows (people, places,
 * demonyms, organisations, with possessives; the words of the English names of the organisations its Chinese side
 * knows, such as "iFlytek", wherever they stand), and capitalised words in a name position: inside a sentence, or
 * at its start when an unknown word is followed by a verb, a possessive, a noun or another capitalised word
 * ("Golmud is…", "Zhang Wei said…", "Dapeng's film", "Naijigou checkpoint"), or when the document also writes it
 * capitalised inside a sentence ("Sweden's Truls Moregard … Moregard, who …"). Machine translation rarely
 * misspells English words; an unknown capitalised word in its
 * output is almost always a transliterated name. Near-misses of known names are entity.name-variant's to report.
 * A capitalised word one slip (a letter changed, added, dropped, or two swapped) from a capitalised common word
 * such as a weekday or month ("met on Fridya") is a misspelling, not a name, and is left to the spellers. A
 * capitalised word with a lower-case syllable after an apostrophe is one pinyin name ("Xi'an", "Yu'ebao").
 */
public final class NameSpanFinder implements NameSpans {

    private static final Pattern PINYIN_APOSTROPHE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}*['\u2019]\\p{Ll}+");

    private final Lexicon lexicon;
    private final List<String> capitalisedWords;
    /** The words of the English names of the Chinese lexicon's organisations, some cased as brands are ("iFlytek"). */
    private final Set<String> organisationWords = new HashSet<>();

    /**
     * @param capitalisedWords words English capitalises that are not names (weekdays, months), in lower case or not
     */
    public NameSpanFinder(Lexicon lexicon, List<String> capitalisedWords) {
        this.lexicon = lexicon;
        this.capitalisedWords = capitalisedWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        lexicon.chinese().names().stream().filter(n -> n.kind() == ChineseName.Kind.ORGANISATION)
                .flatMap(n -> n.english().stream()).flatMap(form -> NameTokenizer.tokens(form, 0).stream())
                .map(NameTokenizer.NameToken::norm)
                .filter(w -> Character.isLetter(w.codePointAt(0)) && w.chars().anyMatch(Character::isUpperCase))
                .forEach(organisationWords::add);
    }

    @Override
    public List<Span> names(Document document) {
        List<Span> names = new ArrayList<>();
        EntityMentions mentions = EntityMentions.find(document, lexicon);
        mentions.places().stream().map(PhraseIndex.Match::span).forEach(names::add);
        mentions.people().stream().map(PhraseIndex.Match::span).forEach(names::add);
        mentions.organisations().stream().map(PhraseIndex.Match::span).forEach(names::add);
        Set<String> namedInside = new HashSet<>();
        // lower case after the first letter: "TheThe" inside a sentence is two words run together, not a name
        document.sentences().forEach(sentence -> sentence.words().stream().skip(1).filter(Token::isCapitalised)
                .map(Token::text).filter(w -> w.chars().skip(1).noneMatch(Character::isUpperCase)).forEach(namedInside::add));
        document.sentences().forEach(sentence -> addCapitalised(sentence, namedInside, names));
        Matcher pinyin = PINYIN_APOSTROPHE.matcher(document.text());
        while (pinyin.find()) {
            names.add(new Span(pinyin.start(), pinyin.end()));
        }
        return names;
    }

    /** @param namedInside capitalised words the document has inside sentences: at a start they are names too */
    private void addCapitalised(Sentence sentence, Set<String> namedInside, List<Span> names) {
        List<Token> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (organisationWords.contains(t.text())) {
                names.add(t.span()); // "iFlytek", and a company's name at a sentence's start
                continue;
            }
            if (!t.isCapitalised()) {
                continue;
            }
            boolean first = i == 0;
            if (misspeltCapitalisedWord(t.text())) {
                continue;
            }
            if (!first || lexicon.isNameWord(t.text()) || namedInside.contains(t.text())
                    || startsName(t, i + 1 < words.size() ? words.get(i + 1) : null)) {
                names.add(t.span());
            }
        }
    }

    private static boolean startsName(Token t, Token next) {
        if (t.isTagged() || next == null) {
            return false;
        }
        return next.isCapitalised() || Words.mayBeFiniteVerb(next) || next.text().equals("'s") || next.text().equals("\u2019s")
                || next.hasPosPrefix("NN") && Words.isLowercaseWord(next);
    }

    private boolean misspeltCapitalisedWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return capitalisedWords.stream().anyMatch(w -> oneSlip(lower, w));
    }

    /** One letter changed, added or dropped, or two neighbours swapped; not the same word. */
    static boolean oneSlip(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
