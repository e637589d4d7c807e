package io.github.mtlint.model;

import java.util.Objects;

/**
 * A name the source analyser recognised in the source text.
 *
 * @param span       where it stands in the source text
 * @param text       the name as written in the source (e.g. 王沪宁)
 * @param kind       person, place, organisation, or a foreign name written in the source script
 * @param romanised  its standard romanisation (pinyin for Chinese: "Wang Huning"), or empty when there is none
 *                   (foreign names, organisations)
 */
public record SourceName(Span span, String text, Kind kind, String romanised) {

    public enum Kind { PERSON, FOREIGN_PERSON, PLACE, ORGANISATION }

    public SourceName {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(romanised, "romanised");
    }
}
