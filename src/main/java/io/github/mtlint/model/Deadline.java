package io.github.mtlint.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The processor time a document may take, for the thread checking it. Long steps call {@link #check()} between units
 * of work, and regular expressions from rule packs match on {@link #guard guarded} text, which checks while the
 * regex engine reads it: a catastrophic pattern costs one rule on one document, not the run.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long endNanos;
    private final long budgetNanos;
    /**
     * The wall-clock instant before which the budget cannot have run out, since a thread uses no more processor time
     * than wall time passes. Reading the thread's processor clock is a system call (about 0.2 µs here) and LanguageTool
     * asks before every rule on every sentence, tens of millions of times over a corpus; the wall clock costs a tenth.
     */
    private long clockUnreadUntil;

    private Deadline(long budgetNanos) {
        this.budgetNanos = budgetNanos;
        this.endNanos = now() + budgetNanos;
        this.clockUnreadUntil = System.nanoTime() + budgetNanos;
    }

    /**
     * The processor time the current thread has used, where the JVM can tell, else the wall clock. Processor time,
     * because a document's time should not run while its thread waits for LanguageTool to load or for a core on a
     * busy machine: on two loaded cores, 100 KB of news took 72 s of wall time and far less of its own.
     */
    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

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

    /**
     * The processor time left to the current thread's deadline, at least 1 ns; 0 when the thread has none: the budget
     * to give work this thread hands to another.
     */
    public static long remainingNanos() {
        Deadline deadline = CURRENT.get();
        return deadline == null ? 0 : Math.max(1, deadline.endNanos - now());
    }

    /** Whether the current thread has a deadline and it has passed. */
    public static boolean passed() {
        Deadline deadline = CURRENT.get();
        return deadline != null && deadline.hasPassed();
    }

    /** The text as a sequence that fails once the current thread's deadline has passed; the text itself without one. */
    public static CharSequence guard(CharSequence text) {
        Deadline deadline = CURRENT.get();
        return deadline == null ? text : new Guarded(text, deadline);
    }

    private void checkNow() {
        if (hasPassed()) {
            throw new ExceededException(budgetNanos);
        }
    }

    private boolean hasPassed() {
        long wall = System.nanoTime();
        if (wall - clockUnreadUntil < 0) {
            return false;
        }
        long left = endNanos - now();
        if (left < 0) {
            return true;
        }
        clockUnreadUntil = wall + left;
        return false;
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
