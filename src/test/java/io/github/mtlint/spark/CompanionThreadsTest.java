package io.github.mtlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtlint.model.CheckingThreads;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class CompanionThreadsTest {

    private final CompanionThreads companions = new CompanionThreads(CheckingThreads.named("test-companion-"), 60);

    /** Spark may run the next task on a new thread; the check still goes to the companion that already has an analyzer. */
    @Test
    void aNewCallerThreadBorrowsTheIdleCompanion() throws Exception {
        Thread first = onNewThread();
        Thread second = onNewThread();
        assertEquals(first, second);
        assertTrue(first.getName().startsWith("test-companion-"), first.getName());
    }

    @Test
    void callsAtTheSameTimeGetCompanionsOfTheirOwn() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicReference<Thread> other = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                other.set(companions.call(() -> {
                    bothStarted.countDown();
                    bothStarted.await();
                    return Thread.currentThread();
                }));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        caller.start();
        Thread mine = companions.call(() -> {
            bothStarted.countDown();
            bothStarted.await();
            return Thread.currentThread();
        });
        caller.join();
        assertNotEquals(mine, other.get());
        Thread next = onNewThread();
        assertTrue(next.equals(mine) || next.equals(other.get()), "an idle companion is lent, not a third: " + next);
    }

    @Test
    void theWorksExceptionsPassThroughAndTheCompanionStaysInUse() throws Exception {
        Thread before = companions.call(Thread::currentThread);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> companions.call(() -> {
            throw new IllegalArgumentException("bad text");
        }));
        assertEquals("bad text", thrown.getMessage());
        assertEquals(before, companions.call(Thread::currentThread));
        assertThrows(IllegalStateException.class, () -> companions.call(() -> {
            throw new java.io.IOException("checked");
        }));
    }

    @Test
    void theWorkRunsOnTheStackItWasGiven() throws Exception {
        // a recursion a default 512 KB-1 MB stack overflows; 64 MB holds it
        CompanionThreads deep = new CompanionThreads(runnable -> new Thread(null, runnable, "deep", 64L << 20), 60);
        assertEquals(200_000, deep.call(() -> depth(200_000)));
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    private Thread onNewThread() throws Exception {
        AtomicReference<Thread> ran = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                ran.set(companions.call(Thread::currentThread));
            } catch (Exception e) {
                failed.set(e);
            }
        });
        caller.start();
        caller.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        return ran.get();
    }
}
