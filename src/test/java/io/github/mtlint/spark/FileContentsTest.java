package io.github.mtlint.spark;

import io.github.mtlint.text.UnreadableInputException;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A folder's file read where its document is checked; what cannot be read is that document's input error. */
class FileContentsTest {

    private final FileContents files = new FileContents(new Configuration());

    @Test
    void aFileIsReadByteForByte(@TempDir Path dir) throws IOException, UnreadableInputException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', '\r', '\n'};
        Path file = Files.write(dir.resolve("a.txt"), bytes);
        assertArrayEquals(bytes, files.read(file.toUri().toString(), "a.txt"));
    }

    @Test
    void aListedFileIsReadByTheNameTheListingGaveIt(@TempDir Path dir) throws IOException, UnreadableInputException {
        Files.writeString(dir.resolve("a b#1%.txt"), "Text.");
        org.apache.hadoop.fs.FileStatus[] listed = org.apache.hadoop.fs.FileSystem.getLocal(new Configuration())
                .listStatus(new org.apache.hadoop.fs.Path(dir.toString()));
        assertEquals(1, listed.length);
        assertArrayEquals("Text.".getBytes(StandardCharsets.UTF_8), files.read(listed[0].getPath().toString(), "a b#1%.txt"));
    }

    @Test
    void aTableRowsTextIsItsUtf8() throws UnreadableInputException {
        assertArrayEquals("Café".getBytes(StandardCharsets.UTF_8), files.bytes("Café", null, "row-1"));
    }

    @Test
    void aFileGoneSinceTheListingIsNamedAndSaysWhy(@TempDir Path dir) {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> files.read(dir.resolve("gone.txt").toUri().toString(), "sub/gone.txt"));
        assertEquals("sub/gone.txt", e.path());
        assertEquals("no such file", e.getMessage());
    }

    @Test
    void aFolderWhereAFileWasExpectedIsAnInputError(@TempDir Path dir) {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> files.read(dir.toUri().toString(), "dir"));
        assertEquals("dir", e.path());
        assertEquals("is a directory", e.getMessage(), "as check says it, without the driver's absolute path");
    }
}
