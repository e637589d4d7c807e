package io.github.mtlint.lexicon;

import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the tokens lexicon lookups compare: words (letters, digits, inner apostrophes), initialisms
 * without their dots ("U.S." is "US"), possessives dropped ("Putin's" is "Putin"), and every other
 * non-space character on its own ("China-Uzbekistan" is China, -, Uzbekistan).
 */
public final class NameTokenizer {

    /** A token: its comparison form and where it is. */
    public record NameToken(String norm, Span span) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // U.S. U.K. U.A.E.
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}\\p{N}]+)*(?:['\u2019](?![\\p{L}\\p{N}]))?"
                    + "|\\S");

    private NameTokenizer() {
    }

    public static List<NameToken> tokens(String text, int offset) {
        List<NameToken> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String norm = norm(m.group());
            if (!norm.isEmpty()) {
                tokens.add(new NameToken(norm, new Span(m.start() + offset, m.end() + offset)));
            }
        }
        return tokens;
    }

    /** The comparison form of a whole phrase: its tokens joined by single spaces. */
    public static String key(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : tokens(phrase, 0)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }

    private static String norm(String token) {
        if (token.length() > 2 && token.charAt(1) == '.' && Character.isUpperCase(token.charAt(0))) {
            return token.replace(".", "");
        }
        String t = token;
        if (t.endsWith("'s") || t.endsWith("\u2019s")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.length() > 1 && (t.endsWith("'") || t.endsWith("\u2019"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
