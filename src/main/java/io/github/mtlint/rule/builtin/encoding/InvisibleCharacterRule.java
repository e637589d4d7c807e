package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters nobody sees but every program trips over: control characters, zero-width spaces and joiners, a
 * byte-order mark inside the text, direction overrides, soft hyphens. Web pages and CMS exports leave them in;
 * they break search, word counts and hyphenation. Runs of the same character are one finding. A zero-width joiner
 * inside an emoji sequence (👨‍👩‍👧) is part of the emoji and is left alone.
 */
public final class InvisibleCharacterRule extends BaseRule {

    private static final char ZERO_WIDTH_JOINER = '\u200D';
    private static final char EMOJI_PRESENTATION_SELECTOR = '\uFE0F';
    /** An extended grapheme cluster: the JDK's tables join pictographs with a joiner between them (Unicode's GB11). */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    public InvisibleCharacterRule(RuleSpec spec) {
        super(spec.variables("code", "count", "name").meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isInvisible(c) || c == ZERO_WIDTH_JOINER && joinsPictographs(text, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && text.charAt(end) == c) {
                end++;
            }
            String name = Character.getName(c);
            context.flag(new Span(i, end))
                    .with("code", String.format(Locale.ROOT, "U+%04X", (int) c))
                    .with("name", name == null ? "unnamed" : name)
                    .with("count", end - i).report();
            i = end;
        }
    }

    /** The joiner at {@code at} stands inside one grapheme, between two pictographs (modifiers and VS16 aside). */
    private static boolean joinsPictographs(String text, int at) {
        int start = at;
        while (start > 0) {
            int cp = text.codePointBefore(start);
            if (cp != EMOJI_PRESENTATION_SELECTOR && Character.getType(cp) != Character.MODIFIER_SYMBOL) {
                break;
            }
            start -= Character.charCount(cp);
        }
        if (start == 0 || at + 1 >= text.length()) {
            return false;
        }
        int pictograph = text.codePointBefore(start);
        start -= Character.charCount(pictograph);
        if (Character.getType(pictograph) != Character.OTHER_SYMBOL
                || Character.getType(text.codePointAt(at + 1)) != Character.OTHER_SYMBOL) {
            return false;
        }
        Matcher grapheme = GRAPHEME.matcher(text).region(start, text.length());
        return grapheme.lookingAt() && grapheme.end() > at + 1;
    }

    static boolean isInvisible(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
            return true;
        }
        return switch (c) {
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u2061', '\u2062', '\u2063',
                 '\u2064', '\uFEFF', '\uFFFC', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
                 '\u2068', '\u2069', '\u180E' -> true;
            default -> false;
        };
    }
}
