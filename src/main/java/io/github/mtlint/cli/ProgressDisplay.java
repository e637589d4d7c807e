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
    private ProgressBar bar;
    private boolean closed;

    private ProgressDisplay(long files, PrintWriter err, Duration delay) {
        this.files = files;
        this.err = err;
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
                .setConsumer(new WriterConsumer(err))
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
    private record WriterConsumer(PrintWriter err) implements ProgressBarConsumer {

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            err.print("\r" + rendered);
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
