package io.github.mtlint.rule;

/**
 * Text folded as Java's case-insensitive Unicode regexes compare it, character by character: lower case of upper
 * case. A literal that a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern matches in a text is therefore, folded, a
 * substring of the folded text; rules use that to skip, with a {@code contains}, the text where a pattern cannot
 * match. ({@code String.toLowerCase} would not do: it maps some letters to two characters and the Greek capital
 * sigma by its context, so a quick check with it could miss a match.)
 */
public final class CaseFold {

    private CaseFold() {
    }

    public static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int f = Character.toLowerCase(Character.toUpperCase(c));
            if (f != c && folded == null) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (folded != null) {
                folded.appendCodePoint(f);
            }
            i += Character.charCount(c);
        }
        return folded == null ? text : folded.toString();
    }
}
