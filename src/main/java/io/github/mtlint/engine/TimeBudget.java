package io.github.mtlint.engine;

/**
 * How long one document may take to check. The default grows with the text, so that a long document that is
 * merely long is checked (mtlint checks about 3,000 words a second on one core, about 170,000 words in a megabyte)
 * while a step that has stalled is stopped: 60 seconds, and 120 more per megabyte of text. The seconds are the
 * processor time of the thread checking the document (see {@link io.github.mtlint.model.Deadline}).
 */
public record TimeBudget(long baseSeconds, long secondsPerMegabyte) implements java.io.Serializable {

    public static final TimeBudget DEFAULT = new TimeBudget(60, 120);
    public static final TimeBudget UNLIMITED = new TimeBudget(0, 0);

    public TimeBudget {
        if (baseSeconds < 0 || secondsPerMegabyte < 0) {
            throw new IllegalArgumentException("a time budget cannot be negative");
        }
    }

    /** The same budget for every document; 0 means no limit. */
    public static TimeBudget fixed(long seconds) {
        return new TimeBudget(seconds, 0);
    }

    public boolean unlimited() {
        return baseSeconds == 0 && secondsPerMegabyte == 0;
    }

    /** The budget in nanoseconds for a text of this many characters; 0 for no limit. */
    long nanosFor(int characters) {
        if (unlimited()) {
            return 0;
        }
        double seconds = baseSeconds + secondsPerMegabyte * (characters / 1_000_000.0);
        return (long) (seconds * 1e9);
    }

    /** For messages: the budget for a text of this many characters, in whole seconds. */
    String describe(int characters) {
        return Math.round(nanosFor(characters) / 1e9) + " s of processor time";
    }
}
