package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

/**
 * Chinese, Japanese or Korean script left in the English: a word or passage the machine did not translate.
 * Punctuation, spaces and digits between CJK characters belong to the same passage; full-width punctuation on its
 * own is punctuation.fullwidth's.
 */
public final class UntranslatedScriptRule extends BaseRule {

    private static final int KATAKANA_PROLONGED_SOUND = 0x30FC;
    private static final int HALFWIDTH_PROLONGED_SOUND = 0xFF70;

    public UntranslatedScriptRule(RuleSpec spec) {
        super(spec.meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        int i = 0;
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
            context.flag(new Span(start, end)).report();
            i = end;
        }
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
