package io.github.mtlint.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Links, loops, pipes and odd names in what users point mtlint at. */
class InputPathsTest {

    @TempDir
    Path dir;

    private static List<String> describe(List<Input> inputs) {
        return inputs.stream().map(i -> i instanceof Input.Missing m ? m.displayPath() + ": " + m.reason() : i.displayPath()).toList();
    }

    @Test
    void aLinkToAFolderIsWalked() throws Exception {
        Files.createDirectories(dir.resolve("real"));
        Files.writeString(dir.resolve("real/a.txt"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        assertEquals(List.of(link + "/a.txt"), describe(new InputCollector(List.of(), List.of()).collect(List.of(link.toString()))));
    }

    @Test
    void brokenAndLoopingLinksInAFolderAreReported() throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.txt"), "a");
        Files.createSymbolicLink(dir.resolve("docs/gone.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("docs/loop"), dir.resolve("docs"));
        List<String> found = describe(new InputCollector(List.of(), List.of()).collect(List.of(dir.resolve("docs").toString())));
        assertEquals(List.of(dir + "/docs/a.txt", dir + "/docs/gone.txt: broken symbolic link",
                dir + "/docs/loop: symbolic link loop, not followed"), found);
    }

    @Test
    void aFileGivenTwiceThroughALinkIsCheckedOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("b.txt"), file);
        assertEquals(List.of(file.toString()),
                describe(new InputCollector(List.of(), List.of()).collect(List.of(file.toString(), link.toString(), dir.toString()))));
    }

    @Test
    void aPipeInAFolderIsSkippedWithAMessage() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(List.of(dir + "/a.txt", dir + "/pipe.txt: not a regular file (a pipe, socket or device), skipped"),
                describe(new InputCollector(List.of(), List.of()).collect(List.of(dir.toString()))));
    }

    @Test
    void aPipeGivenByNameIsReadAndOneWithoutWriterDoesNotHangTheRun() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> PipeReading.readAll(fifo, "pipe.txt", Duration.ofMillis(300)));
        assertEquals("no program opened the pipe for writing within 0.3 s", e.getMessage());
        Path written = dir.resolve("written.txt"); // the thread still waiting on the first pipe would take the text
        assertEquals(0, new ProcessBuilder("mkfifo", written.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(written, "The minister met the press.\n");
            } catch (java.io.IOException ignored) {
                // the assertion below fails
            }
        });
        writer.start();
        assertEquals("The minister met the press.\n",
                new String(PipeReading.readAll(written, "written.txt", Duration.ofSeconds(20)), StandardCharsets.UTF_8));
        writer.join();
    }
}
