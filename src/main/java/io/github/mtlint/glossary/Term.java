package io.github.mtlint.glossary;

import java.util.Locale;
import java.util.Objects;

/**
 * One term of a concept in one language.
 *
 * @param language BCP-47 tag as the glossary gives it ({@code zh}, {@code en-GB})
 */
public record Term(String language, String text, TermStatus status) {

    public Term {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }

    /** The primary language subtag in lower case: {@code zh} for {@code zh-Hans}. */
    public String primaryLanguage() {
        return primary(language);
    }

    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
