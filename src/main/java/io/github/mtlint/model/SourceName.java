package io.github.mtlint.model;

import java.util.List;
import java.util.Objects;

/**
 * A name the source analyser recognised in the source text.
 *
 * @param span       where it stands in the source text
 * @param text       the name as written in the source (e.g. 王沪宁)
 * @param kind       person, place, organisation, or a foreign name written in the source script
 * @param romanised  for persons, the name as English news writes it ("Wang Huning": pinyin, surname first, given
 *                   name joined); else empty
 * @param syllables  the romanisation of each character (pinyin for Chinese), for names rules spell from parts
 *                   (a place without its 市 or 县); empty where there is none
 */
public record SourceName(Span span, String text, Kind kind, String romanised, List<String> syllables) {

    public enum Kind { PERSON, FOREIGN_PERSON, PLACE, FOREIGN_PLACE, ORGANISATION }

    public SourceName {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(romanised, "romanised");
        syllables = List.copyOf(syllables);
    }
}
