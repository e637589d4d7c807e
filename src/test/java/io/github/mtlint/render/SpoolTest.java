package io.github.mtlint.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A run's spools: memory first, a temporary file past the limit, memory again when no file can be made. */
class SpoolTest {

    @TempDir
    Path folder;

    private static String readBack(Spool spool) throws Exception {
        StringWriter out = new StringWriter();
        spool.copyTo(out);
        return out.toString();
    }

    private long files() throws Exception {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.count();
        }
    }

    @Test
    void aSmallSpoolStaysInMemoryAndALargeOneMovesToAFileDeletedOnClose() throws Exception {
        Spool spool = Spool.spilling(10, folder).open();
        spool.writer().write("12345");
        assertEquals(0, files(), "under the limit: in memory");
        spool.writer().write("67890abcdef");
        spool.writer().write('!');
        assertEquals(1, files(), "past the limit: a temporary file");
        assertEquals("1234567890abcdef!", readBack(spool));
        spool.close();
        spool.close();
        assertEquals(0, files(), "closing deletes the file");
    }

    @Test
    void withoutATemporaryFolderTheSpoolStaysInMemory() throws Exception {
        Spool spool = Spool.spilling(4, folder.resolve("no-such-folder")).open();
        spool.writer().write("more than four characters");
        assertEquals("more than four characters", readBack(spool));
        spool.close();
    }

    @Test
    void aTrackingFactoryClosesEverySpoolItOpened() throws Exception {
        Spool first;
        try (Spool.Tracking spools = new Spool.Tracking(Spool.spilling(0, folder))) {
            first = spools.open();
            first.writer().write("a");
            spools.open().writer().write("b");
            assertEquals(2, files());
        }
        assertEquals(0, files(), "both files deleted when the run's factory is closed");
    }
}
