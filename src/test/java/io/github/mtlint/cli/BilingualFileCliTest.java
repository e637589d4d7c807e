package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XLIFF, TMX and TSV files checked as users run it: found in folders, findings at segments, bad files. */
class BilingualFileCliTest {

    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt"><body>
              <trans-unit id="greeting"><source>国务院副总理何立峰会见了客人。</source><target>Vice Premier He Li Feng met the guests.</target></trans-unit>
              <trans-unit id="link"><source>请看<g id="1">这份报告</g>。</source><target>See the report.</target></trans-unit>
              <trans-unit id="copied"><source>双方同意加强合作</source><target>双方同意加强合作</target></trans-unit>
              <trans-unit id="code" translate="no"><source>HTTP 404</source><target>HTTP 404</target></trans-unit>
              <trans-unit id="score"><source>3:1</source><target>3:1</target></trans-unit>
              <trans-unit id="empty"><source>会议在北京举行。</source><target></target></trans-unit>
              <trans-unit id="open"><source>会谈取得了成果。</source></trans-unit>
             </body></file>
            </xliff>
            """;

    @TempDir
    Path dir;

    private static List<String> rules(JsonNode file, String segment) {
        List<String> rules = new ArrayList<>();
        for (JsonNode issue : file.get("issues")) {
            if (issue.get("segment").asText().equals(segment)) {
                rules.add(issue.get("rule").asText());
            }
        }
        return rules;
    }

    @Test
    void findingsNameTheSegmentAndTheColumnInItsTarget() throws Exception {
        Path file = CommandRun.write(dir, "a.xlf", XLIFF);
        CommandRun text = CommandRun.run("check", file.toString());
        assertTrue(text.out().contains(file + "#greeting:14: major [accuracy.name] 'He Li Feng'"), text.out());
        CommandRun json = CommandRun.run("check", "-f", "json", file.toString());
        JsonNode report = new ObjectMapper().readTree(json.out());
        JsonNode doc = report.get("files").get(0);
        assertEquals("segments", doc.get("source").get("aligned").asText());
        assertEquals(List.of("accuracy.name"), rules(doc, "greeting"));
        assertEquals(List.of("segment.inline-codes"), rules(doc, "link"));
        assertEquals(List.of("accuracy.untranslated"), rules(doc, "copied"), "a target identical to its source");
        assertEquals(List.of(), rules(doc, "score"), "numbers alone read the same in both languages");
        assertEquals(List.of("segment.empty-target"), rules(doc, "empty"));
        assertEquals(List.of("segment.empty-target"), rules(doc, "open"));
        for (JsonNode issue : doc.get("issues")) {
            assertFalse(issue.get("segment").asText().equals("code"), "translate=\"no\" is not checked");
        }
        assertTrue(text.out().contains("#open:1: major [segment.empty-target] This segment has no translation"), text.out());
        assertTrue(text.out().contains(": note: 1 of the file's 7 segments not checked (translate=\"no\")"), text.out());
    }

    @Test
    void sarifLocatesFindingsByTheirSegment() throws Exception {
        Path file = CommandRun.write(dir, "a.xlf", XLIFF);
        CommandRun sarif = CommandRun.run("check", "-f", "sarif", file.toString());
        JsonNode result = new ObjectMapper().readTree(sarif.out()).get("runs").get(0).get("results").get(0);
        JsonNode logical = result.get("locations").get(0).get("logicalLocations").get(0);
        assertEquals("greeting", logical.get("name").asText());
        assertEquals(file + "#greeting", logical.get("fullyQualifiedName").asText());
        assertEquals(14, result.get("properties").get("segmentColumn").asInt());
    }

    @Test
    void foldersContributeXliffAndTmxButTsvOnlyWhenIncluded() throws Exception {
        CommandRun.write(dir, "in/a.xlf", XLIFF);
        CommandRun.write(dir, "in/b.tmx", """
                <tmx version="1.4"><header srclang="zh"/><body>
                <tu tuid="1"><tuv xml:lang="zh"><seg>双方同意加强合作。</seg></tuv><tuv xml:lang="en"><seg>The two sides agreed to strengthen cooperation.</seg></tuv></tu>
                </body></tmx>
                """);
        CommandRun.write(dir, "in/c.tsv", "zh\ten\n双方同意加强合作。\tThe two sides agreed to strengthen cooperation.\n");
        CommandRun.write(dir, "in/expected.tsv", "rule\tline\nx\t1\n");
        CommandRun byDefault = CommandRun.run("check", "-f", "json", dir.resolve("in").toString());
        JsonNode files = new ObjectMapper().readTree(byDefault.out()).get("files");
        assertEquals(2, files.size(), byDefault.out());
        assertTrue(files.get(1).get("path").asText().endsWith("b.tmx"));
        CommandRun withTsv = CommandRun.run("check", "-f", "json", "--include", "c.tsv", dir.resolve("in").toString());
        JsonNode tsv = new ObjectMapper().readTree(withTsv.out()).get("files");
        assertEquals(1, tsv.size(), withTsv.out());
        assertEquals("zh", tsv.get(0).get("source").get("language").asText());
    }

    @Test
    void aMalformedFileIsAnErrorAtItsPositionAndTheOthersAreStillChecked() throws Exception {
        CommandRun.write(dir, "in/a.xlf", XLIFF);
        CommandRun.write(dir, "in/bad.xlf", "<xliff version=\"1.2\">\n<file><body><trans-unit id=\"1\"><source>a</target>\n");
        CommandRun.write(dir, "in/bad.tsv", "你好 Hello\n");
        Path bad = dir.resolve("in/bad.xlf");
        CommandRun run = CommandRun.run("check", dir.resolve("in").toString(), dir.resolve("in/bad.tsv").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*\\Q" + bad + "\\E:2:\\d+: error: [^\\n]*source[^\\n]*\\n.*"), run.out());
        assertTrue(run.out().contains(dir.resolve("in/bad.tsv") + ":1:1: error: no tab in this line"), run.out());
        assertTrue(run.out().contains("#greeting:14:"), "the good file is still checked: " + run.out());
        assertFalse(run.out().contains("Exception"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void xliffCopiesCarryTheFindingsAndNeverReplaceAnInput() throws Exception {
        Path input = CommandRun.write(dir, "in/a.xlf", XLIFF);
        Path out = dir.resolve("annotated");
        CommandRun run = CommandRun.run("check", "-f", "xliff", "-o", out.toString(), "-f", "json", dir.resolve("in").toString());
        Path copy = out.resolve(dir.resolve("in/a.xlf").getFileName());
        assertTrue(Files.isRegularFile(copy), run.err());
        String annotated = Files.readString(copy);
        assertTrue(annotated.contains("<mrk mtype=\"x-its\"") && annotated.contains("its:locQualityIssueType=\"mistranslation\""),
                annotated);
        assertTrue(run.err().contains(copy + ": 3 findings marked, 2 standoff"), run.err());
        assertEquals(XLIFF, Files.readString(input), "the input is untouched");
        // a copy has the permissions of any new file, like the other reports (the robustness review, round 10)
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(copy));
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.get("files").size(), "the other reports are written as before");

        CommandRun over = CommandRun.run("check", "-f", "xliff", "-o", dir.resolve("in").toString(), input.toString());
        assertEquals(2, over.code());
        assertTrue(over.err().contains("mtlint never writes over its inputs"), over.err());
        assertEquals(XLIFF, Files.readString(input));

        CommandRun noFolder = CommandRun.run("check", "-f", "xliff", input.toString());
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().contains("give it one folder, -f xliff -o DIR"), noFolder.err());
    }

    @Test
    void aFileWhoseSegmentsAreAllApprovedIsCheckedAndClean() throws Exception {
        Path file = CommandRun.write(dir, "done.xlf", """
                <xliff version="1.2"><file source-language="zh" target-language="en"><body>
                <trans-unit id="1" approved="yes"><source>双方同意加强合作。</source><target>Both sides agreed to Cooperate more.</target></trans-unit>
                </body></file></xliff>
                """);
        CommandRun run = CommandRun.run("check", "--skip-approved", file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains(file + ": note: 1 of the file's 1 segments not checked (translate=\"no\", or approved or final)"),
                run.out());
        assertTrue(run.out().contains("no findings in 0 words"), run.out());
    }
}
