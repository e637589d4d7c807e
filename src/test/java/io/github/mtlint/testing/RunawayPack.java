package io.github.mtlint.testing;

/** A rule pack whose one rule never finishes on a long run of one letter: for the tests of time budgets. */
public final class RunawayPack {

    /**
     * Exponential backtracking: every way of splitting the run of a's is tried before the match fails (the back
     * reference keeps Java's regex engine from remembering failed positions).
     */
    public static final String PATTERN = "(a+)+\\1$";

    /**
     * {@link #PATTERN} as a rule of a pack: as {@code house/runaway.yml} in a folder given with {@code --rules}, the
     * rule is {@code house.runaway}.
     */
    public static final String YAML = """
            kind: existence
            description: A pattern that backtracks without end on a long run of one letter.
            message: "Runaway."
            severity: minor
            category: Style/Awkward
            patterns: ['%s']
            examples: ["[[aaa]]", "bbb"]
            """.formatted(PATTERN);

    private RunawayPack() {
    }
}
