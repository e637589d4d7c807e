package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translations checked beside their sources, as users run it: pairing, reports, bad sources. */
class BilingualCliTest {

    private static final String SOURCE = "国务院副总理何立峰会见了客人。\n双方同意加强合作。\n";
    private static final String TARGET = "Vice Premier He Li Feng met the guests.\nThe two sides agreed to strengthen cooperation.\n";

    @TempDir
    Path dir;

    @Test
    void theTaggedSiblingIsFoundAndTheReportCarriesTheSource() throws Exception {
        CommandRun.write(dir, "news/a.zh.txt", SOURCE);
        CommandRun.write(dir, "news/a.txt", TARGET);
        CommandRun run = CommandRun.run("check", "-f", "json", dir.resolve("news").toString());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.get("files").size(), "the source is no input of its own");
        JsonNode file = report.get("files").get(0);
        assertEquals("zh", file.get("source").get("language").asText());
        assertEquals("lines", file.get("source").get("aligned").asText());
        assertTrue(file.get("source").get("path").asText().endsWith("news/a.zh.txt"));
        JsonNode name = file.get("issues").get(0);
        assertEquals("accuracy.name", name.get("rule").asText());
        assertEquals("何立峰", name.get("sourceText").asText());
        assertEquals(SOURCE.indexOf("何立峰"), name.get("sourceStart").asInt());
    }

    /** An untranslated segment is one error: its full-width full stop is part of it, not a second finding. */
    @Test
    void anUntranslatedSegmentIsOneFinding() throws Exception {
        CommandRun.write(dir, "u/a.zh.txt", "双方同意加强合作。\n会谈取得成果。\n");
        CommandRun.write(dir, "u/a.txt", "The two sides agreed to strengthen cooperation.\n会谈取得成果。\n");
        CommandRun run = CommandRun.run("check", dir.resolve("u").toString());
        assertTrue(run.out().contains("[accuracy.untranslated]"), run.out());
        assertFalse(run.out().contains("[punctuation.fullwidth]"), run.out());
    }

    @Test
    void theTextReportShowsTheSourceExcerpt() throws Exception {
        Path source = CommandRun.write(dir, "zh.txt", SOURCE);
        Path target = CommandRun.write(dir, "en.txt", TARGET);
        CommandRun run = CommandRun.run("check", "--source", source.toString(), target.toString());
        assertTrue(run.out().contains("[accuracy.name] 'He Li Feng'") && run.out().contains("[source: 何立峰] (→ He Lifeng)"), run.out());
        assertTrue(run.out().contains("(source " + source + ", zh, aligned by lines)"), run.out());
    }

    @Test
    void anUnreadableSourceIsAnErrorForItsDocumentWhichIsStillChecked() throws Exception {
        Files.write(dir.resolve("a.zh.txt"), new byte[]{(byte) 0xE4, (byte) 0xB8});
        CommandRun.write(dir, "a.txt", TARGET);
        CommandRun run = CommandRun.run("check", "-f", "json", dir.toString());
        assertEquals(2, run.code(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.get("files").size());
        assertFalse(report.get("files").get(0).has("source"));
        String error = report.get("errors").get(0).get("message").asText();
        assertTrue(error.contains("source of") && error.contains("invalid UTF-8"), error);
        assertTrue(report.get("errors").get(0).get("path").asText().endsWith("a.zh.txt"));
    }

    @Test
    void aSourceWithoutItsTranslationIsReportedAndTheOthersChecked() throws Exception {
        CommandRun.write(dir, "orphan.zh.txt", SOURCE);
        CommandRun.write(dir, "b.txt", TARGET);
        CommandRun run = CommandRun.run("check", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().contains("orphan.zh.txt: error: a source text (zh) without its translation"), run.out());
        assertTrue(run.out().contains("b.txt: "), run.out());
    }

    @Test
    void anExplicitSourceFileForSeveralInputsIsAUsageError() throws Exception {
        Path source = CommandRun.write(dir, "zh.txt", SOURCE);
        CommandRun.write(dir, "en/a.txt", TARGET);
        CommandRun.write(dir, "en/b.txt", TARGET);
        CommandRun run = CommandRun.run("check", "--source", source.toString(), dir.resolve("en").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--source names a file, so it pairs exactly one input, but there are 2"), run.err());
        assertEquals(2, CommandRun.run("check", "--source-lang", "chinese!", dir.resolve("en/a.txt").toString()).code());
    }
}
