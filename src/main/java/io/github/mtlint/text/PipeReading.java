package io.github.mtlint.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a named pipe given on the command line (also what {@code <(command)} passes). Opening a pipe waits for a
 * program to open it for writing; with none, the run would wait for ever, so the open is given a while and then
 * reported. The thread left waiting on such a pipe is a daemon and does not keep the run alive.
 */
final class PipeReading {

    /** How long a pipe may wait for its writer: process substitution opens it at once. */
    static final Duration WAIT_FOR_WRITER = Duration.ofSeconds(10);

    private PipeReading() {
    }

    static boolean isPipeOrDevice(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    static byte[] readAll(Path file, String displayPath, Duration waitForWriter) throws UnreadableInputException {
        CompletableFuture<InputStream> opened = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opened.complete(Files.newInputStream(file));
            } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
            }
        }, "mtlint-open-" + file.getFileName());
        opener.setDaemon(true);
        opener.start();
        try (InputStream in = opened.get(waitForWriter.toMillis(), TimeUnit.MILLISECONDS)) {
            return in.readAllBytes();
        } catch (TimeoutException e) {
            throw new UnreadableInputException(displayPath, "no program opened the pipe for writing within "
                    + String.format(Locale.ROOT, "%.1f", waitForWriter.toMillis() / 1000.0).replaceAll("\\.0$", "") + " s");
        } catch (ExecutionException e) {
            throw new UnreadableInputException(displayPath, "cannot read: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new UnreadableInputException(displayPath, "cannot read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableInputException(displayPath, "interrupted while waiting for the pipe");
        }
    }
}
