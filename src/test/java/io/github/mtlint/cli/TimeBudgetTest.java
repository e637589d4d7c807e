package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtlint.testing.RunawayPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document that takes too long costs that document an error, not the run. */
class TimeBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aCatastrophicPatternCostsOneRuleOnOneDocument() throws Exception {
        CommandRun.write(dir, "pack/house/runaway.yml", RunawayPack.YAML);
        Path hostile = CommandRun.write(dir, "docs/a-hostile.txt", "The minister met the press.\n\n" + "a".repeat(60) + "!\n");
        Path fine = CommandRun.write(dir, "docs/b-fine.txt", "The minister met the press. It was fruitful and fruitful.\n");
        Path report = dir.resolve("report.json");
        CommandRun run = CommandRun.run("check", "--rules", dir.resolve("pack").toString(), "--timeout", "2", "--threads", "1",
                "-f", "json", "-o", report.toString(), dir.resolve("docs").toString());
        assertEquals(3, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(1, json.get("errors").size(), json.toString());
        JsonNode error = json.get("errors").get(0);
        assertEquals(dir.resolve("docs") + "/a-hostile.txt", error.get("path").asText());
        assertEquals("internal", error.get("kind").asText());
        assertTrue(error.get("message").asText().startsWith("rule house.runaway ran out of the document's time budget (2 s of processor time)"),
                error.get("message").asText());
        assertEquals(2, json.get("files").size(), "both documents are reported");
        JsonNode other = json.get("files").get(1);
        assertEquals(dir.resolve("docs") + "/b-fine.txt", other.get("path").asText());
        assertTrue(other.get("issues").toString().contains("repetition.coordinated-duplicate"), other.toString());
        assertTrue(fine.toFile().exists() && hostile.toFile().exists());
    }

    @Test
    void theBudgetComesFromTheCommandLineOrTheConfiguration() throws Exception {
        Path text = CommandRun.write(dir, "a.txt", "The minister met the press.\n");
        CommandRun negative = CommandRun.run("check", "--timeout", "-1", text.toString());
        assertEquals(2, negative.code());
        assertEquals("mtlint: --timeout: must be 0 (no limit) or more seconds, got -1", negative.err().strip());
        Path config = CommandRun.write(dir, "c/mtlint.yml", "timeout: -5\n");
        CommandRun fromConfig = CommandRun.run("check", "--config", config.toString(), text.toString());
        assertEquals(2, fromConfig.code());
        assertTrue(fromConfig.err().contains("mtlint.yml timeout: must be 0 (no limit) or more seconds, got -5"), fromConfig.err());
        Files.writeString(config, "timeout: 30\n");
        assertEquals(0, CommandRun.run("check", "--config", config.toString(), text.toString()).code());
    }
}
