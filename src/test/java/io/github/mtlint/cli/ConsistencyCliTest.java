package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --consistency run: the same source segment translated two ways in two files of one run. */
class ConsistencyCliTest {

    private static final String STATE_COUNCIL = "国务院常务会议部署稳就业工作。";
    private static final String FIRST = "The State Council executive meeting planned work to stabilise jobs.";
    private static final String SECOND = "An executive meeting of the State Council arranged employment work.";

    @TempDir
    Path dir;

    /** a.txt translates the segment one way; b.xlf (unit u2) and c.txt another; d.txt as a.txt does. */
    private Path run() throws Exception {
        Path run = dir.resolve("run");
        CommandRun.write(run, "a.zh.txt", "会议在北京举行了三天。\n" + STATE_COUNCIL + "\n");
        CommandRun.write(run, "a.txt", "The meeting was held in Beijing for three days.\n" + FIRST + "\n");
        CommandRun.write(run, "b.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="b.txt"><body>
                  <trans-unit id="u1"><source>双方同意进一步加强合作。</source><target>Both sides agreed to strengthen cooperation further.</target></trans-unit>
                  <trans-unit id="u2"><source>%s</source><target>%s</target></trans-unit>
                 </body></file>
                </xliff>
                """.formatted(STATE_COUNCIL, SECOND));
        CommandRun.write(run, "c.zh.txt", STATE_COUNCIL + "\n");
        CommandRun.write(run, "c.txt", SECOND + "\n");
        CommandRun.write(run, "d.zh.txt", STATE_COUNCIL + "\n");
        CommandRun.write(run, "d.txt", FIRST.toLowerCase() + "\n");
        return run;
    }

    @Test
    void aSegmentTranslatedTwoWaysInTwoFilesIsFlaggedInTheLaterNamingTheFirst() throws Exception {
        Path folder = run();
        CommandRun check = CommandRun.run("check", "--consistency", "run", folder.toString());
        String a = folder.resolve("a.txt").toString();
        String expected = "minor [terminology.inconsistent-translation] The same source segment is translated '" + FIRST
                + "' at " + a + ":2; translate it the same way.";
        assertTrue(check.out().contains(folder.resolve("b.xlf") + "#u2:1: " + expected), check.out());
        assertTrue(check.out().contains(folder.resolve("c.txt") + ":1:1: " + expected), check.out());
        assertFalse(check.out().contains(folder.resolve("d.txt") + ":1:1: minor [terminology.inconsistent-translation]"),
                "d.txt translates it as a.txt does, but for case: " + check.out());
        assertEquals(2, check.out().lines().filter(l -> l.contains("[terminology.inconsistent-translation]")).count(), check.out());
    }

    @Test
    void byDefaultEachDocumentIsComparedOnlyWithItself() throws Exception {
        CommandRun check = CommandRun.run("check", run().toString());
        assertFalse(check.out().contains("terminology.inconsistent-translation"), check.out());
    }

    @Test
    void theFindingsDoNotDependOnTheNumberOfThreads() throws Exception {
        Path folder = run();
        String one = CommandRun.run("check", "--consistency", "run", "--threads", "1", "-f", "json", folder.toString()).out();
        String two = CommandRun.run("check", "--consistency", "run", "--threads", "3", "-f", "json", folder.toString()).out();
        assertTrue(one.contains("\"segment\" : \"u2\"") || one.contains("\"segment\": \"u2\""), one);
        assertEquals(one, two);
    }

    /** Xbench's "inconsistency in source" across files: two different source segments given one translation (neutral). */
    @Test
    void oneTranslationOfTwoDifferentSourcesInTwoFilesIsNeutral() throws Exception {
        Path folder = dir.resolve("same-target");
        CommandRun.write(folder, "a.zh.txt", STATE_COUNCIL + "\n");
        CommandRun.write(folder, "a.txt", FIRST + "\n");
        CommandRun.write(folder, "b.zh.txt", "国务院召开常务会议研究稳定就业。\n");
        CommandRun.write(folder, "b.txt", FIRST + "\n");
        CommandRun check = CommandRun.run("check", "--consistency", "run", folder.toString());
        assertTrue(check.out().contains(folder.resolve("b.txt") + ":1:1: neutral [terminology.inconsistent-translation] "
                + "This translation is also given at " + folder.resolve("a.txt") + ":1 to another source segment ('"
                + STATE_COUNCIL + "')."), check.out());
        assertEquals(1, check.out().lines().filter(l -> l.contains("[terminology.inconsistent-translation]")).count(), check.out());
        assertFalse(CommandRun.run("check", folder.toString()).out().contains("inconsistent-translation"));
    }

    /** Software strings carry placeholders: a quoted translation is text, never a message template. */
    @Test
    void placeholdersInAQuotedTranslationStayAsWritten() throws Exception {
        Path folder = dir.resolve("placeholders");
        String source = "请点击按钮继续安装更新程序。";
        CommandRun.write(folder, "a.zh.txt", source + "\n" + source + "\n");
        CommandRun.write(folder, "a.txt", "Click ${button} to go on installing the update.\nPress ${first} to continue the update now.\n");
        CommandRun.write(folder, "b.zh.txt", source + "\n");
        CommandRun.write(folder, "b.txt", "Press ${where} to continue installing the update.\n");
        CommandRun check = CommandRun.run("check", "--consistency", "run", folder.toString());
        assertTrue(check.code() < 3, check.err());
        assertTrue(check.out().contains("translated 'Click ${button} to go on installing the update.' on line 1;"), check.out());
        assertTrue(check.out().contains("translated 'Click ${button} to go on installing the update.' at " + folder.resolve("a.txt")
                + ":1;"), check.out());
        assertFalse(check.err().contains("failed"), check.err());
    }

    /** A server checks each document on its own, so it cannot compare a run's documents: refused, not ignored. */
    @Test
    void aServerCannotCompareTheRun() throws Exception {
        CommandRun check = CommandRun.run("check", "--server", "http://127.0.0.1:9", "--consistency", "run", run().toString());
        assertEquals(2, check.code());
        assertTrue(check.err().startsWith("mtlint: --consistency run compares the documents of one run"), check.err());
    }

    @Test
    void theConfigurationCanAskForItAndABadScopeIsAUsageError() throws Exception {
        Path folder = run();
        Path config = CommandRun.write(dir, "mtlint.yml", "consistency: run\n");
        CommandRun configured = CommandRun.run("check", "--config", config.toString(), folder.toString());
        assertTrue(configured.out().contains("at " + folder.resolve("a.txt") + ":2;"), configured.out());
        CommandRun bad = CommandRun.run("check", "--consistency", "files", folder.toString());
        assertEquals(2, bad.code());
        assertEquals("mtlint: --consistency: expected 'document' or 'run', got 'files'\n", bad.err());
    }
}
