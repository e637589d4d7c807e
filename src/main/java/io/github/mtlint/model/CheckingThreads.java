package io.github.mtlint.model;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads documents are checked on, by the command line, the server and the Spark job alike: daemons, numbered
 * by name, with a 16 MB stack, since LanguageTool's disambiguator recurses deeply on long sentences.
 */
public final class CheckingThreads {

    private static final long STACK_BYTES = 16L << 20;

    private CheckingThreads() {
    }

    /** A factory of checking threads named {@code namePrefix} and a number counted from 1. */
    public static ThreadFactory named(String namePrefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, namePrefix + counter.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
