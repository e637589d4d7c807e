package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.Locale;

/**
 * Characters nobody sees but every program trips over: control characters, zero-width spaces and joiners, a
 * byte-order mark inside the text, direction overrides, soft hyphens. Web pages and CMS exports leave them in;
 * they break search, word counts and hyphenation. Runs of the same character are one finding.
 */
public final class InvisibleCharacterRule extends BaseRule {

    public InvisibleCharacterRule(RuleSpec spec) {
        super(spec.variables("code", "count", "name").meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isInvisible(c)) {
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
