package io.github.mtlint.cli;

import io.github.mtlint.render.Spool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reports written as the run goes: standard output as it is written, report files only at the end and all together,
 * the old reports untouched by a run that stops before.
 */
class StreamedOutputTargetsTest {

    @TempDir
    Path dir;

    private OutputTargets targets(Path... files) throws Exception {
        List<OutputTargets.Target> targets = Stream.of(files).map(f -> new OutputTargets.Target("text", f)).toList();
        return OutputTargets.validate(targets, new OutputTargets.ReadFiles());
    }

    @Test
    void reportFilesAreReplacedTogetherOnlyAtTheEnd() throws Exception {
        Path first = Files.writeString(dir.resolve("a.txt"), "old a\n");
        Path second = Files.writeString(dir.resolve("b.txt"), "old b\n");
        StringWriter stdout = new StringWriter();
        try (OutputTargets.Open open = targets(first, null, second).open(new PrintWriter(stdout), Spool.spilling(0))) {
            open.writer(0).write("new a, part 1\n");
            open.writer(1).write("on the terminal at once\n");
            open.writer(1).flush();
            open.writer(2).write("new b\n");
            open.writer(0).flush();
            open.writer(2).flush();
            assertEquals("on the terminal at once\n", stdout.toString());
            assertTrue(open.streamsToStdout(1));
            assertFalse(open.streamsToStdout(0));
            assertEquals("old a\n", Files.readString(first), "nothing in place before the end");
            assertEquals("old b\n", Files.readString(second));
            open.writer(0).write("new a, part 2\n");
            open.commit();
        }
        assertEquals("new a, part 1\nnew a, part 2\n", Files.readString(first));
        assertEquals("new b\n", Files.readString(second));
        assertEquals(List.of(first, second), filesIn(dir));
    }

    @Test
    void aRunThatStopsLeavesTheOldReportsAndNoTemporaryFile() throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), "the previous report\n");
        try (OutputTargets.Open open = targets(report).open(new PrintWriter(new StringWriter()), Spool.spilling(0))) {
            open.writer(0).write("{ \"files\" : [ half a report");
            open.writer(0).flush();
        }
        assertEquals("the previous report\n", Files.readString(report));
        assertEquals(List.of(report), filesIn(dir));
    }

    @Test
    void aSecondReportToStandardOutputFollowsTheFirstWhole() throws Exception {
        StringWriter stdout = new StringWriter();
        try (OutputTargets.Open open = targets(null, null).open(new PrintWriter(stdout), Spool.spilling(0))) {
            open.writer(1).write("second report\n");
            open.writer(0).write("first report, ");
            open.writer(0).write("still the first\n");
            assertFalse(open.streamsToStdout(1));
            open.commit();
        }
        assertEquals("first report, still the first\nsecond report\n", stdout.toString());
    }

    /**
     * A device or a pipe given as -o may be standard output or the terminal (/dev/stdout, /dev/tty): it gets its report
     * whole at the end, never beside a report streaming to standard output. A named pipe shows when it is opened: a
     * writer opening it during the run would block here, no one reading it yet.
     */
    @Test
    void aReportToADeviceIsWrittenWholeAtTheEnd() throws Exception {
        Path pipe = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        StringWriter stdout = new StringWriter();
        CompletableFuture<String> piped = new CompletableFuture<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (OutputTargets.Open open = targets(null, pipe).open(new PrintWriter(stdout), Spool.spilling(0))) {
                open.writer(1).write("to the pipe, ");
                open.writer(0).write("to standard output\n");
                open.writer(1).write("whole\n");
                assertFalse(open.streamsToStdout(1));
                Thread reader = new Thread(() -> {
                    try {
                        piped.complete(Files.readString(pipe));
                    } catch (Exception e) {
                        piped.completeExceptionally(e);
                    }
                });
                reader.start();
                open.commit();
            }
            assertEquals("to the pipe, whole\n", piped.get());
        });
        assertEquals("to standard output\n", stdout.toString());
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
