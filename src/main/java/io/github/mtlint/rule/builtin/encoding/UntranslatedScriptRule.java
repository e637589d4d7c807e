package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chinese, Japanese or Korean script left in the English: a word or passage the machine did not translate.
 * Punctuation, spaces and digits between CJK characters belong to the same passage; full-width punctuation on its
 * own is punctuation.fullwidth's. Characters glossed in place are quoted, not left untranslated: followed by a
 * romanisation or translation in brackets ("内卷 (neijuan)"), or named as a word ("the Chinese word 内卷", "the
 * characters 福 and 安").
 */
public final class UntranslatedScriptRule extends BaseRule {

    /**
     * Latin letters (with pinyin's accents), spaces, apostrophes, hyphens, quotes and commas in brackets, some in lower
     * case: an abbreviation in capitals ("(PBOC)") stands beside an untranslated name, not for a gloss.
     */
    private static final Pattern GLOSS = Pattern.compile("\\s*[(（]\\s*[\"“]?(?=[^)）]*\\p{Ll})\\p{IsLatin}[\\p{IsLatin}\\p{M} '’,\\-\"“”]*[)）]");
    /**
     * A bracket right after a capitalised name in Latin script (its last part may be lower case after a hyphen:
     * "Tsung-lung"): the characters in it spell out that name. After a common noun ("officials (省领导)") they are
     * untranslated.
     */
    private static final Pattern AFTER_GLOSSED_NAME = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}[\\p{L}\\p{M}'’-]*\\s*[(（]\\s*$");
    private static final Pattern CLOSING_BRACKET = Pattern.compile("\\s*[)）]");
    /** The most characters a name given in brackets has ("鄭宗龍", "港珠澳大桥"); more is a passage. */
    private static final int MAX_GLOSSED_CHARACTERS = 8;
    /** How far before a bracket the name it glosses may start. */
    private static final int GLOSSED_NAME_REACH = 40;

    /** What may stand between two passages named by one word for them ("characters 福 and 安"). */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,|,? and|,? or)\\s*");

    private static final int KATAKANA_PROLONGED_SOUND = 0x30FC;
    private static final int HALFWIDTH_PROLONGED_SOUND = 0xFF70;

    private final Pattern namedAsWord;

    public UntranslatedScriptRule(RuleSpec spec) {
        super(spec.meta());
        List<String> nouns = spec.list("glossNouns");
        namedAsWord = Pattern.compile("(?<![\\p{L}])" + nouns.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"))
                + "\\s*[:,]?\\s*[\"“']?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        int i = 0;
        int lastNamed = -1; // the end of the last passage named as a word
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isCjkLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i + Character.charCount(cp);
            int j = end;
            while (j < text.length()) {
                int next = text.codePointAt(j);
                if (isCjkLetter(next)) {
                    j += Character.charCount(next);
                    end = j;
                } else if (isJoiner(next)) {
                    j += Character.charCount(next);
                } else {
                    break;
                }
            }
            boolean named = isNamedAsWord(text, start) || lastNamed >= 0
                    && LIST_JOIN.matcher(text).region(lastNamed, start).matches();
            if (named) {
                lastNamed = end;
            } else if (!GLOSS.matcher(text).region(end, text.length()).lookingAt() && !givenInBrackets(text, start, end)) {
                context.flag(new Span(start, end)).report();
            }
            i = end;
        }
    }

    /** "Cheng Tsung-lung (鄭宗龍)": a name or term followed by its characters in brackets, as Taiwanese and Hong Kong media write. */
    private static boolean givenInBrackets(String text, int start, int end) {
        return text.codePointCount(start, end) <= MAX_GLOSSED_CHARACTERS
                && onlyLetters(text, start, end)
                && AFTER_GLOSSED_NAME.matcher(text).region(Math.max(0, start - GLOSSED_NAME_REACH), start).find()
                && CLOSING_BRACKET.matcher(text).region(end, text.length()).lookingAt();
    }

    /** A name or term is letters only; punctuation inside ("人民币，下同") makes a passage. */
    private static boolean onlyLetters(String text, int start, int end) {
        return text.substring(start, end).codePoints().allMatch(UntranslatedScriptRule::isCjkLetter);
    }

    private boolean isNamedAsWord(String text, int start) {
        int from = Math.max(0, start - 40);
        return namedAsWord.matcher(text).region(from, start).find();
    }

    static boolean isCjkLetter(int cp) {
        if (cp == KATAKANA_PROLONGED_SOUND || cp == HALFWIDTH_PROLONGED_SOUND) {
            return true; // a letter of Japanese words (ソニー) that Unicode assigns to no script
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) && Character.isLetter(cp);
    }

    /** What may stand inside an untranslated passage: CJK punctuation, spaces, digits. */
    private static boolean isJoiner(int cp) {
        return cp == ' ' || cp == '\u3000' || Character.isDigit(cp)
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF0F || cp >= 0xFF1A && cp <= 0xFF20;
    }
}
