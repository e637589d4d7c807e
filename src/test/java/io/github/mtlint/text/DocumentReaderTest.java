package io.github.mtlint.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void stripsTheBomAndKeepsPositionsInCodePointsOfTheFile() throws Exception {
        byte[] bytes = "\uFEFFab\r\ncd 😀 e".getBytes(StandardCharsets.UTF_8);
        SourceText text = reader.decode(bytes, "x.txt");
        assertEquals("ab\ncd 😀 e", text.text());
        int e = text.text().indexOf('e');
        // the file (without BOM) is "ab\r\ncd 😀 e": 'e' is code point 9 there
        assertEquals(9, text.lines().originalCodePointOffset(e));
        assertEquals(2, text.lines().line(e));
        assertEquals(6, text.lines().column(e));
    }

    @Test
    void readsUtf16WithABom() throws Exception {
        byte[] bytes = "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("hello", reader.decode(bytes, "x.txt").text());
    }

    @Test
    void saysUtf16WithoutAByteOrderMarkIsWhatItLooksLike() {
        for (java.nio.charset.Charset utf16 : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = "The talks were fruitful.".getBytes(utf16);
            String message = assertThrows(UnreadableInputException.class, () -> reader.decode(bytes, "u.txt")).getMessage();
            assertTrue(message.startsWith("binary file (NUL byte at byte ") && message.contains("UTF-16 without a byte-order mark"),
                    message);
        }
        String binary = assertThrows(UnreadableInputException.class, () -> reader.decode(new byte[] {'a', 0, 'b'}, "b.bin")).getMessage();
        assertTrue(!binary.contains("UTF-16"), binary);
    }

    @Test
    void refusesInvalidUtf8WithTheByteOffset() {
        byte[] bytes = "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.decode(bytes, "latin1.txt"));
        assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte 3 (0xE9)"), e.getMessage());
        assertEquals("latin1.txt", e.path());
    }

    @Test
    void refusesBinaryEmptyAndBlankFiles() {
        assertTrue(assertThrows(UnreadableInputException.class, () -> reader.decode(new byte[] {'a', 0, 'b'}, "b.bin"))
                .getMessage().startsWith("binary file"));
        assertEquals("empty file", assertThrows(UnreadableInputException.class, () -> reader.decode(new byte[0], "e.txt")).getMessage());
        assertTrue(assertThrows(UnreadableInputException.class, () -> reader.decode(" \n\t\n".getBytes(), "w.txt"))
                .getMessage().contains("only whitespace"));
    }

    @Test
    void namesMissingFilesAndDirectories(@TempDir Path dir) {
        assertEquals("no such file", assertThrows(UnreadableInputException.class,
                () -> reader.read(dir.resolve("nope.txt"), "nope.txt")).getMessage());
        assertEquals("is a directory", assertThrows(UnreadableInputException.class, () -> reader.read(dir, "dir")).getMessage());
    }

    @Test
    void neverWritesToTheInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Text\r\n");
        long modified = Files.getLastModifiedTime(file).toMillis();
        reader.read(file, "a.txt");
        assertEquals("Text\r\n", Files.readString(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    /** Found by FuzzTest: a finding ending on a lone CR quoted it as LF. */
    @Test
    void theOriginalTextOfASpanKeepsLoneCarriageReturns() {
        String file = "a\rb\r\nc\rd\r";
        SourceText source = DocumentReader.normaliseLineEnds("x", file);
        assertEquals("a\nb\nc\nd\n", source.text());
        assertEquals(file, source.lines().originalText(source.text(), new io.github.mtlint.model.Span(0, source.text().length())));
        assertEquals("\r\nc\r", source.lines().originalText(source.text(), new io.github.mtlint.model.Span(3, 6)));
    }
}
