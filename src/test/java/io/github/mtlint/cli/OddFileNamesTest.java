package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text report keeps one finding a line, whatever the file is called. */
class OddFileNamesTest {

    @Test
    void aNewlineInAFileNameIsEscapedInTheTextReport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("two\nlines\t.txt"), "The talks went well. It was fruitful and fruitful.\n");
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"check", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(1, code, out.toString()); // one minor finding in nine words fails the MQM gate
        String escaped = dir + "/two\\nlines\\t.txt";
        assertTrue(out.toString().startsWith(escaped + ":1:"), out.toString());
        assertTrue(out.toString().contains("\n" + escaped + ": 1 finding"), out.toString());
        assertEquals(5, out.toString().lines().count(), out.toString());
    }
}
