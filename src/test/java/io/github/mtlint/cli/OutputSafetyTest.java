package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports never overwrite what the run reads, and no report is lost or written in part without a word. */
class OutputSafetyTest {

    private static final String TEXT = "The minister met the press.\n";

    @TempDir
    Path dir;

    private static void assertRefused(CommandRun run, String what) {
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("refusing to write the report over " + what), run.err());
    }

    @Test
    void aSymbolicLinkToAnInputIsNotOverwritten() throws Exception {
        Path input = CommandRun.write(dir, "a.txt", TEXT);
        Path link = Files.createSymbolicLink(dir.resolve("r.json"), input.getFileName());
        assertRefused(CommandRun.run("check", "-f", "json", "-o", link.toString(), input.toString()), "the input");
        assertEquals(TEXT, Files.readString(input));
    }

    @Test
    void aHardLinkToAnInputIsNotOverwritten() throws Exception {
        Path input = CommandRun.write(dir, "a.txt", TEXT);
        Path link = Files.createLink(dir.resolve("r.json"), input);
        assertRefused(CommandRun.run("check", "-f", "json", "-o", link.toString(), input.toString()), "the input");
        assertEquals(TEXT, Files.readString(input));
    }

    @Test
    void anInputFoundInAFolderIsNotOverwritten() throws Exception {
        Path input = CommandRun.write(dir, "docs/a.txt", TEXT);
        assertRefused(CommandRun.run("check", "-f", "json", "-o", dir.resolve("docs/./a.txt").toString(), dir.resolve("docs").toString()),
                "the input");
        assertEquals(TEXT, Files.readString(input));
    }

    @Test
    void theConfigurationRulesLexiconAndBaselineAreNotOverwritten() throws Exception {
        Path input = CommandRun.write(dir, "a.txt", TEXT);
        Path config = CommandRun.write(dir, "c/mtlint.yml", "threads: 1\n");
        assertRefused(CommandRun.run("check", "--config", config.toString(), "-f", "json", "-o", config.toString(), input.toString()),
                "the configuration");
        assertEquals("threads: 1\n", Files.readString(config));

        String rule = "kind: existence\ndescription: d\nmessage: m\nseverity: minor\ncategory: Style/Awkward\n"
                + "tokens: [zzyzx]\nexamples: [\"[[zzyzx]]\", \"fine\"]\n";
        Path ruleFile = CommandRun.write(dir, "pack/house/rule.yml", rule);
        assertRefused(CommandRun.run("check", "--rules", dir.resolve("pack").toString(), "-f", "json", "-o", ruleFile.toString(),
                input.toString()), "the rule file");
        assertEquals(rule, Files.readString(ruleFile));

        String people = "people:\n  - name: Jane Doe\n    offices: []\n";
        Path lexiconFile = CommandRun.write(dir, "lex/people.yml", people);
        assertRefused(CommandRun.run("check", "--lexicon", dir.resolve("lex").toString(), "-f", "json", "-o", lexiconFile.toString(),
                input.toString()), "the lexicon file");
        assertEquals(people, Files.readString(lexiconFile));

        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, CommandRun.run("check", "-f", "json", "-o", baseline.toString(), input.toString()).code());
        String accepted = Files.readString(baseline);
        assertRefused(CommandRun.run("check", "--baseline", baseline.toString(), "-f", "json", "-o", baseline.toString(), input.toString()),
                "the baseline");
        assertEquals(accepted, Files.readString(baseline));
    }

    @Test
    void twoReportsToOneFileAreAUsageError() throws Exception {
        Path input = CommandRun.write(dir, "a.txt", TEXT);
        Path same = dir.resolve("same");
        CommandRun run = CommandRun.run("check", "-f", "json", "-o", same.toString(), "-f", "html", "-o", dir.resolve("./same").toString(),
                input.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("two reports would be written to " + dir.resolve("./same")), run.err());
        assertFalse(Files.exists(same));
    }

    @Test
    void noReportIsWrittenWhenOneCannotBe() throws Exception {
        Path input = CommandRun.write(dir, "a.txt", TEXT);
        Path first = dir.resolve("a.report");
        Path third = dir.resolve("c.report");
        Path blocked = CommandRun.write(dir, "blocker", "a file, not a folder\n").resolve("b.json");
        CommandRun run = CommandRun.run("check", "-f", "text", "-o", first.toString(), "-f", "json", "-o", blocked.toString(),
                "-f", "sarif", "-o", third.toString(), input.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("mtlint: cannot write " + blocked + ": "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(first));
        assertFalse(Files.exists(third));
    }

    @Test
    void reportsReplaceTheOldFileWholeAndLeaveNoTemporaryFiles() throws Exception {
        Path input = CommandRun.write(dir, "a.txt", TEXT);
        Path report = CommandRun.write(dir, "out/report.json", "the previous report\n");
        assertEquals(0, CommandRun.run("check", "-f", "json", "-o", report.toString(), input.toString()).code());
        assertTrue(new ObjectMapper().readTree(report.toFile()).has("files"));
        // a new report has the permissions of any new file, as it did when it was written in place
        Path fresh = dir.resolve("fresh.json");
        Path plain = dir.resolve("plain");
        Files.createFile(plain);
        assertEquals(0, CommandRun.run("check", "-f", "json", "-o", fresh.toString(), input.toString()).code());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
        Files.delete(plain);
        Files.delete(fresh);
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
        // a link to a report stays a link, and the report is written where it points
        Path elsewhere = CommandRun.write(dir, "kept/report.json", "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), elsewhere);
        assertEquals(0, CommandRun.run("check", "-f", "json", "-o", link.toString(), input.toString()).code());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(elsewhere).contains("\"files\""));
    }

    @Test
    void aFailedWriteToStandardOutputIsAnError() throws Exception {
        Path input = CommandRun.write(dir, "a.txt", TEXT);
        StringWriter err = new StringWriter();
        PrintWriter full = new PrintWriter(new OutputStreamWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, StandardCharsets.UTF_8), true);
        int code = Main.run(new String[] {"check", input.toString()}, new ByteArrayInputStream(new byte[0]), full,
                new PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals("mtlint: cannot write standard output", err.toString().strip());
    }
}
