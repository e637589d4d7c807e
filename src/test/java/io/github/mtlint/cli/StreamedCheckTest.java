package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `check` with reports written as the run goes: several on standard output, and a report that fails mid-run. */
class StreamedCheckTest {

    private static final String FIRST = "The the minister met the press on Monday.\n";
    private static final String SECOND = "The leaders met in Samarkand on Friday and and signed an agreement.\n";

    @TempDir
    Path dir;

    @Test
    void reportsOnStandardOutputFollowEachOtherWhole() throws Exception {
        Path a = CommandRun.write(dir, "a.txt", FIRST);
        Path b = CommandRun.write(dir, "b.txt", SECOND);
        CommandRun both = CommandRun.run("check", "-f", "text", "-f", "json", a.toString(), b.toString());
        CommandRun text = CommandRun.run("check", "-f", "text", a.toString(), b.toString());
        CommandRun json = CommandRun.run("check", "-f", "json", a.toString(), b.toString());
        assertEquals(text.out() + json.out(), both.out());
        assertEquals(text.code(), both.code());
    }

    @Test
    void aReportThatCannotBeWrittenLeavesTheOtherReportsAsTheyWere() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "a device that refuses every write");
        Path input = CommandRun.write(dir, "a.txt", FIRST);
        Path old = CommandRun.write(dir, "report.txt", "the previous report\n");
        CommandRun run = CommandRun.run("check", "-f", "json", "-o", full.toString(), "-f", "text", "-o", old.toString(),
                input.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("mtlint: cannot write /dev/full: "), run.err());
        assertEquals("the previous report\n", Files.readString(old));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(input, old), files.sorted().toList(), "no temporary file is left");
        }
    }
}
