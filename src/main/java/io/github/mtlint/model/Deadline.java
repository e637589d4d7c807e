package io.github.mtlint.model;

import java.util.function.Supplier;

/**
 * The time a document may take, for the thread checking it. Long steps call {@link #check()} between units
 * of work, and regular expressions from rule packs match on {@link #guard guarded} text, which checks while the
 * regex engine reads it: a catastrophic pattern costs one rule on one document, not the run.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long endNanos;
    private final long budgetNanos;

    private Deadline(long budgetNanos) {
        this.budgetNanos = budgetNanos;
        this.endNanos = System.nanoTime() + budgetNanos;
    }

    /** The budget was used up; carries nothing but its budget, since the step is named by whoever catches it. */
    public static final class ExceededException extends RuntimeException {
        private final long budgetNanos;

        ExceededException(long budgetNanos) {
            super("time budget exceeded", null, false, false);
            this.budgetNanos = budgetNanos;
        }

        public long budgetNanos() {
            return budgetNanos;
        }
    }

    /** Runs the work with a deadline this far away on this thread (none when the budget is 0 or less). */
    public static <T> T within(long budgetNanos, Supplier<T> work) {
        Deadline previous = CURRENT.get();
        CURRENT.set(budgetNanos > 0 ? new Deadline(budgetNanos) : null);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** @throws ExceededException when the current thread's deadline has passed */
    public static void check() {
        Deadline deadline = CURRENT.get();
        if (deadline != null) {
            deadline.checkNow();
        }
    }

    /** Whether the current thread has a deadline and it has passed. */
    public static boolean passed() {
        Deadline deadline = CURRENT.get();
        return deadline != null && System.nanoTime() - deadline.endNanos > 0;
    }

    /** The text as a sequence that fails once the current thread's deadline has passed; the text itself without one. */
    public static CharSequence guard(CharSequence text) {
        Deadline deadline = CURRENT.get();
        return deadline == null ? text : new Guarded(text, deadline);
    }

    private void checkNow() {
        if (System.nanoTime() - endNanos > 0) {
            throw new ExceededException(budgetNanos);
        }
    }

    /** Reads through to the text; looks at the clock every few thousand reads, which costs next to nothing. */
    private static final class Guarded implements CharSequence {
        private static final int READS_BETWEEN_CHECKS = 4096;
        private final CharSequence text;
        private final Deadline deadline;
        private int reads;

        Guarded(CharSequence text, Deadline deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads >= READS_BETWEEN_CHECKS) {
                reads = 0;
                deadline.checkNow();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Guarded(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
