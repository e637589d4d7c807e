package io.github.mtlint.lexicon;

import java.time.LocalDate;

/**
 * When something was valid: from (inclusive) to until (exclusive, the day it changed), either end open.
 * Dates given only as a year or month are read generously, so that a fact is never called outdated on
 * a day the data cannot rule out.
 */
public record Validity(LocalDate from, LocalDate until) {

    public static final Validity ALWAYS = new Validity(null, null);

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    public boolean endedBefore(LocalDate date) {
        return until != null && !date.isBefore(until);
    }

    /** "2016", "2016-09" or "2016-09-08" as the first day it may mean. */
    static LocalDate parseFrom(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return switch (v.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(v), 1, 1);
            case 7 -> LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 1);
            default -> LocalDate.parse(v);
        };
    }

    /** "2016", "2016-09" or "2016-09-08" as the first day after the period it may mean. */
    static LocalDate parseUntil(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return switch (v.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(v) + 1, 1, 1);
            case 7 -> LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 1).plusMonths(1);
            default -> LocalDate.parse(v);
        };
    }
}
