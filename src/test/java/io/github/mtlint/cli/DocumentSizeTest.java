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

/** A document too large to check in bounded memory is refused with the limit and how to raise it, not checked into an OOM. */
class DocumentSizeTest {

    @Test
    void aDocumentOverTheLimitIsRefusedAndTheOthersAreChecked(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "The minister met the press. ".repeat(400_000)); // 11.2 MB
        Path small = Files.writeString(dir.resolve("small.txt"), "The minister met the press.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", big.toString(), small.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code, out.toString());
        assertTrue(out.toString().contains(big + ": error: is 11.2 MB, over the limit of 10 MB for one document "
                + "(raise it with --max-size MB or 'maxSize:' in mtlint.yml; a document takes about a minute"), out.toString());
        assertTrue(out.toString().contains(small + ": no findings"), out.toString());

        StringWriter raised = new StringWriter();
        Main.run(new String[] {"check", "--max-size", "1", small.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(raised, true), new PrintWriter(new StringWriter(), true));
        assertTrue(raised.toString().contains(small + ": no findings"), raised.toString());
    }
}
