package io.github.mtlint.cli;

import io.github.mtlint.engine.Linter;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Findings printed on standard output while the progress bar shows on the same terminal: each line stands alone and
 * the bar is drawn again below the lines.
 */
class ProgressAsideTest {

    /** What a terminal shows of what was written: a carriage return goes back to the line's start and overwrites. */
    private static List<String> screen(String written) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int column = 0;
        for (char c : written.toCharArray()) {
            if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                column = 0;
            } else {
                if (column < line.length()) {
                    line.setCharAt(column, c);
                } else {
                    line.append(c);
                }
                column++;
            }
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    @Test
    void linesOnStandardOutputDoNotRunIntoTheBar() throws Exception {
        StringWriter terminal = new StringWriter();
        PrintWriter shared = new PrintWriter(terminal, true); // standard output and error on one terminal
        Linter.Progress progress = ProgressDisplay.start(true, true, 3, shared, Duration.ZERO);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!terminal.toString().contains("Checking") && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        progress.done(100);
        ProgressDisplay.aside(progress, () -> {
            shared.print("a.txt:1:1: minor [rule] a finding\n");
            shared.print("a.txt:2:1: minor [rule] another\n");
            shared.flush();
        });
        List<String> shown = screen(terminal.toString());
        assertEquals("a.txt:1:1: minor [rule] a finding", shown.get(0), terminal::toString);
        assertEquals("a.txt:2:1: minor [rule] another", shown.get(1), terminal::toString);
        assertTrue(shown.get(2).startsWith("Checking"), "the bar is drawn again below: " + shown);
        ProgressDisplay.finish(progress);
    }

    @Test
    void withoutABarTheLinesAreJustPrinted() {
        StringWriter terminal = new StringWriter();
        PrintWriter shared = new PrintWriter(terminal, true);
        Linter.Progress progress = ProgressDisplay.start(false, true, 3, shared, Duration.ZERO);
        ProgressDisplay.aside(progress, () -> shared.print("a line\n"));
        ProgressDisplay.finish(progress);
        assertEquals("a line\n", terminal.toString());
    }
}
