package io.github.mtlint.numbers;

/** What a number stands for, as far as it matters for comparing a source's numbers with a translation's. */
public enum NumberKind {
    /** A count or amount: 35,000; 3.5万; thirty-five. */
    CARDINAL,
    /** A share in percent: 17.5%, 百分之五, 三成 (30). */
    PERCENT,
    /** A share as a fraction: 三分之一, a third, half. */
    FRACTION,
    /** A position: 第三, 3rd, third. */
    ORDINAL,
    /** A calendar year: 2022年, 2022. */
    YEAR,
    /** A month of the year, 1 to 12: 9月, September. */
    MONTH,
    /** A day of the month, 1 to 31: 14日. */
    DAY,
    /** A decade, as written: 80 for 80年代, 1980 for 1980s. */
    DECADE,
    /** A multiple: 2倍, twice. */
    MULTIPLE,
    /** An hour of the clock: 15时, 3 p.m. */
    HOUR;

    /** Kinds a mistranslation can turn into one another (a count into another count, a date into another date). */
    public String family() {
        return switch (this) {
            case CARDINAL, PERCENT, FRACTION, MULTIPLE -> "quantity";
            case YEAR, MONTH, DAY, DECADE, HOUR -> "date";
            case ORDINAL -> "ordinal";
        };
    }
}
