package io.github.mtlint.cli;

import io.github.mtlint.engine.Linter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar: on a terminal or when asked, never in logs. */
class ProgressTest {

    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x1b || c == 0x7f);
    }

    @Test
    void notOnATerminalNothingIsWrittenHoweverLongTheRun() {
        StringWriter err = new StringWriter();
        Linter.Progress progress = ProgressDisplay.start(null, false, 3, new PrintWriter(err, true), Duration.ZERO);
        progress.done(100);
        progress.done(200);
        progress.done(0);
        ProgressDisplay.finish(progress);
        assertEquals("", err.toString());
    }

    @Test
    void onATerminalTheBarShowsFilesAndWords() throws InterruptedException {
        StringWriter err = new StringWriter();
        Linter.Progress progress = ProgressDisplay.start(null, true, 3, new PrintWriter(err, true), Duration.ZERO);
        progress.done(1200);
        Thread.sleep(1200);
        progress.done(34);
        ProgressDisplay.finish(progress);
        String shown = err.toString();
        assertTrue(shown.startsWith("\rChecking"), shown);
        assertTrue(shown.contains("2/3 files"), shown);
        assertTrue(shown.contains("1,234 words"), shown);
        assertTrue(shown.endsWith("\n"), "the last state stays on its own line");
    }

    @Test
    void aShortRunOnATerminalShowsNoBar() {
        StringWriter err = new StringWriter();
        Linter.Progress progress = ProgressDisplay.start(null, true, 1, new PrintWriter(err, true), Duration.ofSeconds(30));
        progress.done(10);
        ProgressDisplay.finish(progress);
        assertEquals("", err.toString());
    }

    @Test
    void checkWritesNoControlCharactersWhenStandardErrorIsNotATerminal() {
        assertFalse(ProgressDisplay.standardErrorIsTerminal(), "the test runner's standard error is no terminal");
        for (String[] args : new String[][] {{"check", "-f", "json", "-o", "target/progress-test.json", "samples/"},
                {"check", "--no-progress", "-f", "json", "-o", "target/progress-test.json", "samples/"}}) {
            StringWriter err = new StringWriter();
            Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertFalse(hasControlCharacters(err.toString()), err.toString());
        }
        StringWriter forced = new StringWriter();
        Main.run(new String[] {"check", "--progress", "-f", "json", "-o", "target/progress-test.json", "samples/"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true), new PrintWriter(forced, true));
        assertTrue(forced.toString().contains("\rChecking"), "--progress shows the bar anywhere: " + forced);
    }
}
