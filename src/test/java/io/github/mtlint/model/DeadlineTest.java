package io.github.mtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import io.github.mtlint.testing.RunawayPack;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final long BUDGET_NANOS = 50_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void noDeadlineOutsideWithinOrWithoutABudget() {
        assertFalse(Deadline.passed());
        assertFalse(Deadline.within(0, Deadline::passed));
        String text = "plain";
        assertSame(text, Deadline.guard(text));
        assertSame(text, Deadline.within(-1, () -> Deadline.guard(text)));
    }

    /** What a thread hands to another: the budget it has left, or none. */
    @Test
    void theRemainingBudgetIsWhatIsLeftOnThisThread() {
        assertEquals(0, Deadline.remainingNanos(), "no deadline outside within()");
        assertEquals(0, (long) Deadline.within(0, Deadline::remainingNanos));
        long left = Deadline.within(60_000_000_000L, () -> {
            spinFor(5_000_000);
            return Deadline.remainingNanos();
        });
        assertTrue(left > 0 && left <= 60_000_000_000L - 4_000_000, "left: " + left);
    }

    @Test
    void notPassedWhileTheBudgetLasts() {
        assertFalse(Deadline.within(60_000_000_000L, () -> {
            spinFor(5_000_000);
            return Deadline.passed();
        }));
    }

    /** Asked as often as LanguageTool asks, the deadline still passes once the thread has used its budget. */
    @Test
    void passesOnceTheThreadHasUsedItsBudget() {
        long used = Deadline.within(BUDGET_NANOS, () -> {
            long start = cpuNanos();
            while (!Deadline.passed()) {
                spinFor(10_000);
            }
            return cpuNanos() - start;
        });
        // the clock started a moment before this thread's first reading
        assertTrue(used >= BUDGET_NANOS - 1_000_000, "passed after " + used + " ns of a " + BUDGET_NANOS + " ns budget");
        assertTrue(used < 20 * BUDGET_NANOS, "noticed late: " + used + " ns");
    }

    @Test
    void checkThrowsWithTheBudgetOnceUsed() {
        Deadline.ExceededException thrown = assertThrows(Deadline.ExceededException.class, () ->
                Deadline.within(BUDGET_NANOS, () -> {
                    while (true) {
                        spinFor(10_000);
                        Deadline.check();
                    }
                }));
        assertEquals(BUDGET_NANOS, thrown.budgetNanos());
        assertFalse(Deadline.passed(), "the deadline ends with its work");
    }

    @Test
    void aCatastrophicRegexOnGuardedTextStopsAtTheDeadline() {
        Pattern backtracking = Pattern.compile(RunawayPack.PATTERN);
        String text = "a".repeat(40) + "!";
        assertThrows(Deadline.ExceededException.class, () ->
                Deadline.within(BUDGET_NANOS, () -> backtracking.matcher(Deadline.guard(text)).find()));
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void spinFor(long nanos) {
        long end = cpuNanos() + nanos;
        while (cpuNanos() < end) {
            Thread.onSpinWait();
        }
    }
}
