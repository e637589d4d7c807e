package io.github.mtlint.model;

import java.util.Locale;

/** The English spelling standard a text follows. */
public enum EnglishVariant {
    US("en-US"), GB("en-GB");

    private final String code;

    EnglishVariant(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EnglishVariant parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "en-us", "us", "american" -> US;
            case "en-gb", "gb", "uk", "british" -> GB;
            default -> throw new IllegalArgumentException("unknown variant '" + value + "' (expected en-US or en-GB)");
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
