package io.github.mtlint.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A name as Chinese writes it, with the English forms that translate it.
 *
 * @param zh          the Chinese form (simplified or traditional)
 * @param english     accepted English forms, the preferred one first: for a country its name, aliases, official name
 *                    and demonyms (乌兹别克斯坦总统 is "the Uzbek President"); for a capital its names, the latest
 *                    first (基辅: Kyiv, Kiev); for an organisation its name and aliases; for a person the canonical
 *                    name, the short form and the known variants (which the English-side rules may still flag)
 * @param countryCode for countries, their short forms and capitals: the country's code; for other names the country
 *                    chinese.yml gives them, if any (西藏: CN, 李家超: HK); else null
 */
public record ChineseName(String zh, Kind kind, List<String> english, String countryCode) {

    public enum Kind {
        /** A country's name (乌兹别克斯坦). */
        COUNTRY,
        /** A country's one-character abbreviation, meaningful only in compounds such as 中乌 (China-Uzbekistan). */
        COUNTRY_ABBREVIATION,
        CAPITAL,
        /** Any other place. */
        PLACE,
        PERSON,
        ORGANISATION
    }

    public ChineseName {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(kind, "kind");
        english = List.copyOf(english);
        if (zh.isEmpty() || english.isEmpty()) {
            throw new IllegalArgumentException("a Chinese name needs its Chinese form and at least one English form");
        }
    }

    public String preferred() {
        return english.get(0);
    }
}
