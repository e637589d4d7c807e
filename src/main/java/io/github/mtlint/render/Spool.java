package io.github.mtlint.render;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.CharArrayWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text a streaming report writes before it can place it: a part that follows totals known only at the end of the run
 * (JUnit's counts, SARIF's rule list), or lines that come after every document's findings (the text report's summary
 * lines). In memory when a whole report is rendered at once; in a temporary file during a run, so that memory does
 * not grow with the run. Written once, then read back once.
 */
public abstract class Spool implements Closeable {

    /** Opens a new spool. */
    @FunctionalInterface
    public interface Factory {
        Spool open() throws IOException;
    }

    /** Spools in memory. */
    public static final Factory MEMORY = Memory::new;

    /** Spools to temporary files, deleted when closed. */
    public static final Factory TEMPORARY_FILES = TemporaryFile::new;

    /** Where to write; the spool owns it. */
    public abstract Writer writer();

    /** Copies what was written to {@code out}. */
    public void copyTo(Writer out) throws IOException {
        try (Reader in = reader()) {
            in.transferTo(out);
        }
    }

    /** Reads back what was written, after the writing is done. */
    public abstract BufferedReader reader() throws IOException;

    private static final class Memory extends Spool {
        private final CharArrayWriter buffer = new CharArrayWriter();

        @Override
        public Writer writer() {
            return buffer;
        }

        @Override
        public BufferedReader reader() {
            return new BufferedReader(new java.io.CharArrayReader(buffer.toCharArray()));
        }

        @Override
        public void close() {
            buffer.reset();
        }
    }

    private static final class TemporaryFile extends Spool {
        private final Path file;
        private final Writer writer;

        TemporaryFile() throws IOException {
            file = Files.createTempFile("mtlint-report-", ".part");
            // a run stopped before close leaves nothing behind
            file.toFile().deleteOnExit();
            writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        }

        @Override
        public Writer writer() {
            return writer;
        }

        @Override
        public BufferedReader reader() throws IOException {
            writer.flush();
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
