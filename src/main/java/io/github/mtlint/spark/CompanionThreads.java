package io.github.mtlint.spark;

import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Threads with a deep stack that task threads hand their checks to, each keeping its LanguageTool (whose state is per
 * thread) from one check to the next. A caller borrows whichever companion is idle, the one last returned first, so
 * the analyzers are reused whatever Spark thread runs the next task: Spark starts a new task thread when the one that
 * ran the last task has not yet gone back to its pool, and a companion per task thread built a LanguageTool per such
 * thread (three for two task slots on WMT21). There are never more companions than checks at one time.
 */
final class CompanionThreads {

    private final Deque<ExecutorService> idle = new ConcurrentLinkedDeque<>();
    private final ThreadFactory threads;
    private final long idleSeconds;

    /**
     * @param threads     makes each companion's thread (with the deep stack the checks need)
     * @param idleSeconds how long a companion outlives its last check (its thread ends, and with it its LanguageTool;
     *                    the next check it is given starts a new thread)
     */
    CompanionThreads(ThreadFactory threads, long idleSeconds) {
        this.threads = threads;
        this.idleSeconds = idleSeconds;
    }

    /** Runs the work on an idle companion and waits for it; runtime exceptions and errors of the work pass through. */
    <T> T call(Callable<T> work) throws InterruptedException {
        ExecutorService companion = idle.pollFirst();
        if (companion == null) {
            companion = newCompanion();
        }
        Future<T> result = companion.submit(work);
        try {
            T value = result.get();
            idle.addFirst(companion);
            return value;
        } catch (ExecutionException e) {
            idle.addFirst(companion);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            // Spark interrupts a task it kills (a speculative copy that lost): the work is abandoned, and its companion,
            // which may still be busy with it, is not lent again
            result.cancel(true);
            companion.shutdown();
            throw e;
        }
    }

    private ExecutorService newCompanion() {
        ThreadPoolExecutor companion = new ThreadPoolExecutor(1, 1, idleSeconds, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
        companion.allowCoreThreadTimeOut(true);
        return companion;
    }
}
