package io.github.mtlint.render;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Text a streaming report writes before it can place it: a part that follows totals known only at the end of the run
 * (JUnit's counts, SARIF's rule list), lines that come after every document's findings (the text report's summary
 * lines), or a whole report that must wait for another to finish first. In memory when a whole report is rendered at
 * once; during a run, in memory up to a limit and then in a temporary file, so that memory does not grow with the run
 * while a small run never needs a writable temporary folder. Written once, then read back once.
 */
public abstract class Spool implements Closeable {

    /** Opens a new spool. */
    @FunctionalInterface
    public interface Factory {
        Spool open() throws IOException;
    }

    /** Spools in memory. */
    public static final Factory MEMORY = spilling(Integer.MAX_VALUE);

    /** Characters a run's spool keeps in memory before it moves to a temporary file. */
    static final int RUN_MEMORY_CHARS = 1 << 20;

    /** Spools of a run: in memory up to a megabyte of text, then in a temporary file deleted when closed. */
    public static final Factory RUN = spilling(RUN_MEMORY_CHARS);

    /**
     * Spools that move to a temporary file once they hold more than {@code memoryChars} characters. If no temporary
     * file can be made (no temporary folder, or it is full), the spool stays in memory: the report is still written.
     */
    public static Factory spilling(int memoryChars) {
        return spilling(memoryChars, null);
    }

    /** As {@link #spilling(int)}, with the temporary files in {@code folder} (null: the JVM's temporary folder). */
    static Factory spilling(int memoryChars, Path folder) {
        return () -> new Spilling(memoryChars, folder);
    }

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

    /**
     * A factory that remembers the spools it opened and closes them all when it is closed, so that a run stopped by a
     * failure releases every report's spools (and deletes their files) however far each report got.
     */
    public static final class Tracking implements Factory, Closeable {
        private final Factory factory;
        private final List<Spool> opened = new ArrayList<>();

        public Tracking(Factory factory) {
            this.factory = factory;
        }

        @Override
        public synchronized Spool open() throws IOException {
            Spool spool = factory.open();
            opened.add(spool);
            return spool;
        }

        @Override
        public synchronized void close() {
            for (Spool spool : opened) {
                try {
                    spool.close();
                } catch (IOException ignored) {
                    // a file that cannot be deleted now is deleted when the JVM exits
                }
            }
            opened.clear();
        }
    }

    private static final class Spilling extends Spool {
        private final int memoryChars;
        private final Path folder;
        private CharArrayWriter memory = new CharArrayWriter();
        private Path file;
        private Writer fileWriter;
        private final Writer writer = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                target(length).write(chars, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                target(length).write(text, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (fileWriter != null) {
                    fileWriter.flush();
                }
            }

            @Override
            public void close() {
                // the spool closes what it owns
            }
        };

        Spilling(int memoryChars, Path folder) {
            this.memoryChars = memoryChars;
            this.folder = folder;
        }

        /** Where the next {@code length} characters go: the temporary file once memory would hold too many. */
        private Writer target(int length) throws IOException {
            if (memory != null && (long) memory.size() + length > memoryChars) {
                spill();
            }
            return memory != null ? memory : fileWriter;
        }

        private void spill() throws IOException {
            Path created;
            try {
                created = folder == null ? Files.createTempFile("mtlint-report-", ".part")
                        : Files.createTempFile(folder, "mtlint-report-", ".part");
            } catch (IOException | UnsupportedOperationException | SecurityException noTemporaryFile) {
                return; // stays in memory
            }
            // a run stopped before close leaves nothing behind
            created.toFile().deleteOnExit();
            file = created;
            fileWriter = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            memory.writeTo(fileWriter);
            memory = null;
        }

        @Override
        public Writer writer() {
            return writer;
        }

        @Override
        public BufferedReader reader() throws IOException {
            if (memory != null) {
                return new BufferedReader(new CharArrayReader(memory.toCharArray()));
            }
            fileWriter.flush();
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            memory = null;
            if (file == null) {
                return;
            }
            try {
                fileWriter.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
