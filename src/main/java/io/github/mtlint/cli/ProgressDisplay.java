package io.github.mtlint.cli;

import io.github.mtlint.engine.Linter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on standard error (files, words, elapsed time, estimate) for a check that lasts longer than a
 * couple of seconds, when standard error is a terminal; {@code --progress} shows it at once wherever standard error
 * goes, {@code --no-progress} never. Nothing is written otherwise, so logs and CI output stay clean.
 */
final class ProgressDisplay implements Linter.Progress, AutoCloseable {

    /** Runs shorter than this show no bar: it would only flicker. */
    static final Duration DELAY = Duration.ofSeconds(2);
    private static final int WIDTH = 80;

    private final long files;
    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private long filesDone;
    private long words;
    private volatile ProgressBar bar;
    /** Held while the bar is drawn and while lines go to standard output beneath it. */
    private final Object terminal = new Object();
    private final WriterConsumer consumer;
    private boolean closed;

    private ProgressDisplay(long files, PrintWriter err, Duration delay) {
        this.files = files;
        this.err = err;
        this.consumer = new WriterConsumer(err, terminal);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "mtlint-progress");
            t.setDaemon(true);
            return t;
        });
        timer.schedule(this::show, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * A display for a run of {@code files} inputs, or one that shows nothing.
     *
     * @param asked    {@code --progress} (true), {@code --no-progress} (false), or neither (null: on a terminal)
     * @param terminal whether standard error is a terminal
     */
    static Linter.Progress start(Boolean asked, boolean terminal, int files, PrintWriter err, Duration delay) {
        if (Boolean.FALSE.equals(asked) || (asked == null && !terminal)) {
            return words -> { };
        }
        return new ProgressDisplay(files, err, Boolean.TRUE.equals(asked) ? Duration.ZERO : delay);
    }

    /** Stops a display, whatever {@link #start} returned. */
    static void finish(Linter.Progress progress) {
        if (progress instanceof ProgressDisplay display) {
            display.close();
        }
    }

    /**
     * Whether standard error is a terminal. On Linux its file descriptor names the terminal device; this holds in the
     * JVM {@code check} restarts in, which inherits the descriptors. Elsewhere: whether the JVM has a console.
     */
    static boolean standardErrorIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            return System.console() != null;
        }
    }

    /**
     * Runs {@code print}, which writes lines to standard output, with the bar taken off its line first and drawn
     * again after, so that on a terminal the lines do not run into the bar and the bar stays below them.
     */
    static void aside(Linter.Progress progress, Runnable print) {
        if (progress instanceof ProgressDisplay display) {
            display.aside(print);
        } else {
            print.run();
        }
    }

    private void aside(Runnable print) {
        synchronized (terminal) {
            boolean shown = bar != null && consumer.erase();
            try {
                print.run();
            } finally {
                if (shown) {
                    consumer.redraw();
                }
            }
        }
    }

    @Override
    public synchronized void done(int documentWords) {
        filesDone++;
        words += documentWords;
        if (bar != null) {
            bar.stepTo(filesDone);
            bar.setExtraMessage(wordCount());
        }
    }

    private synchronized void show() {
        if (closed || bar != null) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName("Checking")
                .setInitialMax(files)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setMaxRenderedLength(WIDTH)
                .setConsumer(consumer)
                .startsFrom(filesDone, Duration.ofNanos(System.nanoTime() - startNanos))
                .build();
        bar.setExtraMessage(wordCount());
    }

    private String wordCount() {
        return String.format(Locale.ROOT, "%,d words", words);
    }

    @Override
    public synchronized void close() {
        closed = true;
        timer.shutdownNow();
        if (bar != null) {
            bar.close();
        }
    }

    /** Draws the bar over itself on the command's error stream. */
    private static final class WriterConsumer implements ProgressBarConsumer {
        private final PrintWriter err;
        private final Object terminal;
        private String drawn;
        private boolean closed;

        WriterConsumer(PrintWriter err, Object terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            synchronized (terminal) {
                if (closed) {
                    return;
                }
                drawn = rendered;
                err.print("\r" + rendered);
                err.flush();
            }
        }

        /** Blanks the bar's line; false when nothing is drawn. Called holding {@code terminal}. */
        boolean erase() {
            if (drawn == null || closed) {
                return false;
            }
            err.print("\r" + " ".repeat(drawn.length()) + "\r");
            err.flush();
            return true;
        }

        /** Draws the bar again as it last was. Called holding {@code terminal}. */
        void redraw() {
            if (drawn != null && !closed) {
                err.print(drawn);
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (terminal) {
                closed = true;
                err.println();
                err.flush();
            }
        }
    }
}
