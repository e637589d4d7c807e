package io.github.mtlint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtlint.cli.Main;
import io.github.mtlint.testing.BilingualFileWriter;
import io.github.mtlint.testing.RunawayPack;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode with two task threads: the same findings as {@code mtlint check} on the samples, on
 * synthetic texts (BOM, CRLF, invalid UTF-8) and on a slice of WMT21 (24 documents of three MT systems), and the
 * tables, malformed rows and options around them.
 */
class SparkCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WMT21_SLICE = Path.of("src/test/resources/wmt21-slice");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("mtlint-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void aFolderOfTextsGetsTheFindingsOfTheCli(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            // translations with their sources (NAME.zh.txt) too: the job pairs them as the CLI does
            for (Path sample : samples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(sample, corpus.resolve(sample.getFileName()));
            }
        }
        Files.writeString(corpus.resolve("orphan.zh.txt"), "没有译文的原文。\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String crlf = "BEIJING, Sept. 16, 2022 -- The the talks were fruitful and fruitful .\r\nHe said that 146000 people "
                + "came to to the new crown pneumonia centre.\r\n";
        Files.write(corpus.resolve("crlf_with_bom.txt"), concat(bom, crlf.getBytes(StandardCharsets.UTF_8)));
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 society.".getBytes(StandardCharsets.ISO_8859_1));

        Path out = dir.resolve("out");
        String log = runJob("--input", corpus.toString(), "--output", out.toString(), "--format", "jsonl", "--partitions", "3");
        JsonNode cli = runCli(corpus, dir.resolve("cli.json"));

        List<JsonNode> documents = readTable(out.resolve("documents"));
        assertSameAsCli(cli, readTable(out.resolve("findings")), documents.stream().filter(d -> !d.hasNonNull("errorKind")).toList());
        JsonNode latin1 = byId(documents).get("latin1.txt");
        assertEquals("input", latin1.get("errorKind").asText());
        assertTrue(latin1.get("error").asText().startsWith("invalid UTF-8 at byte 3"), latin1.toString());
        assertTrue(log.contains("2 malformed input rows"), log);
        assertTrue(byId(documents).get("orphan.zh.txt").get("error").asText().startsWith("a source text (zh) without its translation"));
        assertTrue(readTable(out.resolve("findings")).stream().anyMatch(f -> f.hasNonNull("sourceText")),
                "findings against the source carry its span");
    }

    @Test
    void aFolderIsListedAsSparkListsFilesAndItsSubfoldersAreTheGroups(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path system = Files.createDirectories(corpus.resolve("system-a"));
        Files.copy(Path.of("samples/uzbekistan_trade.txt"), system.resolve("uzbekistan_trade.txt"));
        Files.copy(Path.of("samples/uzbekistan_trade.zh.txt"), system.resolve("uzbekistan_trade.zh.txt"));
        Files.writeString(corpus.resolve("top.txt"), "The the talks went well.\n");
        Files.writeString(corpus.resolve("notes.md"), "Not a text to check.\n");
        // hidden files and folders are skipped as check skips them, and _ folders as Spark's file sources do
        Files.writeString(corpus.resolve(".draft.txt"), "Skipped.\n");
        Files.writeString(Files.createDirectories(corpus.resolve(".cache")).resolve("x.txt"), "Skipped.\n");
        Files.writeString(Files.createDirectories(corpus.resolve("_temporary")).resolve("y.txt"), "Skipped.\n");
        // a bilingual file tagged with its languages carries its own source: checked, never taken for a source
        Files.writeString(system.resolve("news.zh-en.tmx"), BilingualFileWriter.tmx(List.of("双方举行会谈。"),
                List.of("The two sides held talks."), "zh"));
        // a link back to a folder above is reported once, as check reports it, not followed round and round
        Files.createSymbolicLink(system.resolve("loop"), corpus);

        Path out = dir.resolve("out");
        Path page = dir.resolve("sample.html");
        runJob("--input", corpus.toString(), "--output", out.toString(), "--format", "jsonl", "--partitions", "5",
                "--html-sample", "2", page.toString());
        Map<String, JsonNode> documents = byId(readTable(out.resolve("documents")));
        String html = Files.readString(page);
        String sourceStart = Files.readString(system.resolve("uzbekistan_trade.zh.txt")).strip().substring(0, 6);
        assertTrue(html.contains("The the talks went well.") && html.contains(sourceStart),
                "the review page shows both documents, the first beside its source, read again by the driver");
        assertEquals(java.util.Set.of("system-a/uzbekistan_trade.txt", "system-a/news.zh-en.tmx", "system-a/loop", "top.txt"),
                documents.keySet());
        assertFalse(documents.get("system-a/news.zh-en.tmx").hasNonNull("errorKind"), documents.toString());
        assertEquals("input", documents.get("system-a/loop").get("errorKind").asText());
        assertTrue(documents.get("system-a/loop").get("error").asText().contains("symbolic link loop"));
        assertEquals("system-a", documents.get("system-a/uzbekistan_trade.txt").get("group").asText());
        assertEquals("", documents.get("top.txt").get("group").asText());
        assertTrue(readTable(out.resolve("findings")).stream()
                        .anyMatch(f -> f.get("id").asText().startsWith("system-a/") && f.hasNonNull("sourceText")),
                "the translation in the subfolder is checked against its source beside it");
    }

    @Test
    void aFileNamedAloneIsCheckedWithTheSourceBesideItWhateverTheIncludeGlob(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Path translation = Files.copy(Path.of("samples/uzbekistan_trade.txt"), folder.resolve("uzbekistan_trade.txt"));
        Files.copy(Path.of("samples/uzbekistan_trade.zh.txt"), folder.resolve("uzbekistan_trade.zh.txt"));
        // another text's source in the folder is no input of this run, so no orphan
        Files.writeString(folder.resolve("other.zh.txt"), "另一篇文章的原文。\n");
        Path out = dir.resolve("out");
        runJob("--input", translation.toString(), "--output", out.toString(), "--format", "jsonl");
        List<JsonNode> documents = readTable(out.resolve("documents"));
        List<JsonNode> findings = readTable(out.resolve("findings"));
        assertEquals(java.util.Set.of("uzbekistan_trade.txt"), byId(documents).keySet());
        assertSameAsCli(runCli(translation, dir.resolve("cli.json")), findings, documents, 5);
        assertTrue(findings.stream().anyMatch(f -> f.hasNonNull("sourceText")), "checked against the source beside it");

        // --include picks a folder's files; a file named on its own is checked whatever it is called, as check does
        Path notes = Files.writeString(folder.resolve("notes.md"), "The the talks went well.\n");
        Path notesOut = dir.resolve("notes-out");
        runJob("--input", notes.toString(), "--output", notesOut.toString(), "--format", "jsonl");
        assertEquals(java.util.Set.of("notes.md"), byId(readTable(notesOut.resolve("documents"))).keySet());
        assertSameAsCli(runCli(notes, dir.resolve("notes.json")), readTable(notesOut.resolve("findings")),
                readTable(notesOut.resolve("documents")), 1);
    }

    @Test
    void checksSizeTimeAndApprovedSegmentLimitsApplyToEachDocument(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("fine.txt"), "The minister met the press. It was fruitful and fruitful.\n");
        Files.writeString(corpus.resolve("long.txt"), "The talks went well. ".repeat(60_000) + "\n");
        // under a million characters, over a million bytes: check measures a file in bytes, and so does the job
        Files.writeString(corpus.resolve("curly.txt"), "It\u2019s fine. ".repeat(90_000) + "\n");
        Files.writeString(corpus.resolve("hostile.txt"), "The minister met the press.\n\n" + "a".repeat(60) + "!\n");
        Files.writeString(corpus.resolve("done.xlf"), """
                <xliff version="1.2"><file source-language="zh" target-language="en"><body>
                <trans-unit id="1" approved="yes"><source>双方同意加强合作。</source><target>Both sides agreed to Cooperate more.</target></trans-unit>
                <trans-unit id="2"><source>会谈富有成果。</source><target>The talks were fruitful and fruitful.</target></trans-unit>
                </body></file></xliff>
                """);
        // a rule that never finishes on a run of one letter
        Files.writeString(Files.createDirectories(dir.resolve("pack/house")).resolve("runaway.yml"), RunawayPack.YAML);
        Path out = dir.resolve("out");
        runJob("--input", corpus.toString(), "--output", out.toString(), "--format", "jsonl", "--rules",
                dir.resolve("pack").toString(), "--max-size", "1", "--timeout", "2", "--skip-approved");
        Map<String, JsonNode> documents = byId(readTable(out.resolve("documents")));
        List<JsonNode> findings = readTable(out.resolve("findings"));

        assertEquals("input", documents.get("long.txt").get("errorKind").asText());
        assertTrue(documents.get("long.txt").get("error").asText().startsWith("is 1.3 MB, over the limit of 1 MB"),
                documents.get("long.txt").toString());
        assertTrue(documents.get("curly.txt").get("error").asText().startsWith("is 1.2 MB, over the limit of 1 MB"),
                documents.get("curly.txt").toString());
        JsonNode hostile = documents.get("hostile.txt");
        assertEquals("internal", hostile.get("errorKind").asText());
        assertTrue(hostile.get("error").asText().startsWith("rule house.runaway ran out of the document's time budget (2 s"),
                hostile.toString());
        assertFalse(documents.get("fine.txt").hasNonNull("errorKind"), documents.get("fine.txt").toString());
        assertTrue(findings.stream().anyMatch(f -> f.get("id").asText().equals("fine.txt")
                && f.get("rule").asText().equals("repetition.coordinated-duplicate")));
        // the approved segment is left out, the other checked
        List<JsonNode> xliff = findings.stream().filter(f -> f.get("id").asText().equals("done.xlf")).toList();
        assertTrue(xliff.stream().allMatch(f -> f.get("segment").asText().equals("2")), xliff.toString());
        assertFalse(xliff.isEmpty());
    }

    @Test
    void xliffTmxAndTsvFilesOfAFolderGetTheFindingsOfTheCli(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("files"));
        Path bilingual = Path.of("src/test/resources/bilingual/wmt21");
        List<String> formats = List.of("xlf", "xliff", "tmx", "tsv");
        int n = 0;
        try (Stream<Path> files = Files.list(bilingual)) {
            for (Path target : files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".zh.txt")).sorted()
                    .limit(8).toList()) {
                String name = target.getFileName().toString().replaceAll("\\.txt$", "");
                List<String> targetLines = Files.readAllLines(target);
                List<String> sourceLines = Files.readAllLines(bilingual.resolve(name + ".zh.txt"));
                String format = formats.get(n++ % formats.size());
                String content = switch (format) {
                    case "xlf" -> BilingualFileWriter.xliff12(sourceLines, targetLines, "zh");
                    case "xliff" -> BilingualFileWriter.xliff20(sourceLines, targetLines, "zh");
                    case "tmx" -> BilingualFileWriter.tmx(sourceLines, targetLines, "zh");
                    default -> BilingualFileWriter.tsv(sourceLines, targetLines, "zh");
                };
                Files.writeString(corpus.resolve(name + "." + format), content);
            }
        }
        Files.writeString(corpus.resolve("broken.xlf"), "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>x</source>");

        Path out = dir.resolve("out");
        runJob("--input", corpus.toString(), "--output", out.toString(), "--format", "jsonl", "--partitions", "1",
                "--include", "*.{xlf,xliff,tmx,tsv}");
        StringWriter cliOut = new StringWriter();
        Path report = dir.resolve("cli.json");
        Main.run(new String[] {"check", "--fail-on", "none", "--include", "*.xlf", "--include", "*.xliff", "--include", "*.tmx",
                "--include", "*.tsv", "-f", "json", "-o", report.toString(),
                corpus.toString()}, InputStream.nullInputStream(), new PrintWriter(cliOut), new PrintWriter(new StringWriter()));
        List<JsonNode> documents = readTable(out.resolve("documents"));
        JsonNode broken = byId(documents).get("broken.xlf");
        assertEquals("input", broken.get("errorKind").asText(), broken.toString());
        List<JsonNode> findings = readTable(out.resolve("findings"));
        assertSameAsCli(JSON.readTree(report.toFile()), findings,
                documents.stream().filter(d -> !d.hasNonNull("errorKind")).toList(), 10);
        assertTrue(findings.stream().allMatch(f -> f.hasNonNull("segment")), "findings name their segment, as in the CLI");
    }

    @Test
    void aSourceColumnIsCheckedAsCheckChecksNameZhTxt(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("pairs.jsonl");
        Path pairs = Files.createDirectories(dir.resolve("pairs"));
        List<String> lines = new ArrayList<>();
        for (String name : List.of("uzbekistan_trade", "digital_economy_forum")) {
            Path target = Files.copy(Path.of("samples", name + ".txt"), pairs.resolve(name + ".txt"));
            Files.copy(Path.of("samples", name + ".zh.txt"), pairs.resolve(name + ".zh.txt"));
            lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", name + ".txt")
                    .put("en", Files.readString(target)).put("zh", Files.readString(Path.of("samples", name + ".zh.txt")))));
        }
        lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", "alone.txt").put("en", "The talks went well.\n")
                .put("zh", "")));
        Files.write(input, lines);
        Files.writeString(pairs.resolve("alone.txt"), "The talks went well.\n");

        Path out = dir.resolve("out");
        runJob("--input", input.toString(), "--output", out.toString(), "--format", "jsonl", "--target-column", "en",
                "--source-column", "zh", "--source-lang", "zh");
        assertSameAsCli(runCli(pairs, dir.resolve("cli.json")), readTable(out.resolve("findings")), readTable(out.resolve("documents")), 8);
    }

    @Test
    void jsonLinesWithGroupsGetTheFindingsOfTheCliAndASummaryPerGroup(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("wmt21.jsonl");
        List<String> lines = new ArrayList<>();
        for (Path file : wmt21Files()) {
            String name = file.getFileName().toString();
            ObjectNode row = JSON.createObjectNode().put("doc", name).put("system", name.substring(4, name.indexOf("__")))
                    .put("translation", Files.readString(file));
            lines.add(JSON.writeValueAsString(row));
        }
        lines.add("{\"doc\": \"broken.txt\", \"system\": ");
        lines.add("{\"doc\": \"no-text.txt\", \"system\": \"NiuTrans\"}");
        Files.write(input, lines);

        Path out = dir.resolve("out");
        String log = runJob("--input", input.toString(), "--output", out.toString(), "--format", "jsonl",
                "--id-column", "doc", "--target-column", "translation", "--group-column", "system",
                "--html-sample", "3", dir.resolve("sample.html").toString());
        JsonNode cli = runCli(WMT21_SLICE, dir.resolve("cli.json"));

        List<JsonNode> documents = readTable(out.resolve("documents"));
        assertSameAsCli(cli, readTable(out.resolve("findings")), documents.stream()
                .filter(d -> !d.hasNonNull("errorKind")).toList());
        Map<String, JsonNode> summary = new TreeMap<>();
        for (JsonNode group : readTable(out.resolve("summary"))) {
            summary.put(group.path("group").asText("(none)"), group);
        }
        assertEquals(List.of("(none)", "Facebook-AI", "NiuTrans", "Online-W"), List.copyOf(summary.keySet()));
        assertEquals(1, summary.get("(none)").get("malformed").asLong());
        assertEquals(1, summary.get("NiuTrans").get("malformed").asLong());
        for (String system : List.of("Facebook-AI", "NiuTrans", "Online-W")) {
            JsonNode group = summary.get(system);
            List<JsonNode> cliDocs = new ArrayList<>();
            cli.get("files").forEach(f -> {
                if (f.get("path").asText().contains("hyp." + system + "__")) {
                    cliDocs.add(f);
                }
            });
            assertEquals(8, group.get("checked").asLong(), system);
            assertEquals(cliDocs.stream().mapToLong(f -> f.get("words").asLong()).sum(), group.get("words").asLong());
            assertEquals(cliDocs.stream().mapToLong(f -> f.get("issues").size()).sum(), group.get("findings").asLong());
            assertEquals(cliDocs.stream().filter(f -> !f.get("passed").asBoolean()).count(), group.get("failing").asLong());
            long bySeverity = 0;
            for (JsonNode count : group.get("bySeverity")) {
                bySeverity += count.asLong();
            }
            assertEquals(group.get("findings").asLong(), bySeverity);
        }
        assertTrue(log.contains("2 malformed input rows"), log);

        String page = Files.readString(dir.resolve("sample.html"));
        List<String> lowest = documents.stream().filter(d -> d.hasNonNull("score"))
                .sorted((a, b) -> a.get("score").asDouble() != b.get("score").asDouble()
                        ? Double.compare(a.get("score").asDouble(), b.get("score").asDouble())
                        : a.get("id").asText().compareTo(b.get("id").asText()))
                .limit(4).map(d -> d.get("id").asText()).toList();
        for (String id : lowest.subList(0, 3)) {
            assertTrue(page.contains(id), id);
        }
        assertFalse(page.contains(lowest.get(3)), "only three documents are sampled");
    }

    @Test
    void parquetInAndOutWithColumnsNamedByOptions(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in.parquet");
        List<String> rows = new ArrayList<>();
        for (Path file : wmt21Files().subList(0, 4)) {
            rows.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", file.getFileName().toString())
                    .put("text", Files.readString(file))));
        }
        spark.read().json(spark.createDataset(rows, org.apache.spark.sql.Encoders.STRING())).write().parquet(input.toString());
        Path out = dir.resolve("out");
        runJob("--input", input.toString(), "--output", out.toString());
        assertEquals(4, spark.read().parquet(out.resolve("documents").toString()).count());
        long findings = spark.read().parquet(out.resolve("findings").toString()).count();
        assertEquals(findings, spark.read().parquet(out.resolve("summary").toString()).first().<Long>getAs("findings"));

        StringWriter err = new StringWriter();
        assertEquals(SparkCheck.USAGE_OR_INPUT, SparkCheck.run(spark, new PrintWriter(err, true),
                "--input", input.toString(), "--output", out.toString()));
        assertTrue(err.toString().contains("exists already (use --overwrite"), err.toString());
        assertEquals(SparkCheck.OK, SparkCheck.run(spark, new PrintWriter(err, true),
                "--input", input.toString(), "--output", out.toString(), "--overwrite"));
    }

    @Test
    void badOptionsAndInputsAreOneLineErrors(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in.parquet");
        spark.read().json(spark.createDataset(List.of("{\"id\": \"a\", \"body\": \"Text.\"}"),
                org.apache.spark.sql.Encoders.STRING())).write().parquet(input.toString());
        String out = dir.resolve("out").toString();
        assertFailsWith("no column 'text' (it has body, id); name the columns",
                "--input", input.toString(), "--output", out);
        assertFailsWith("no column 'zh' (it has body, id)",
                "--input", input.toString(), "--output", out, "--target-column", "body", "--source-column", "zh");
        assertFailsWith("--source-column: " + dir + " is read as a folder of text files, where NAME.zh.txt",
                "--input", dir.toString(), "--output", out, "--source-column", "zh");
        assertFailsWith("--source-lang takes a BCP-47 language tag", "--input", input.toString(), "--output", out,
                "--source-lang", "Chinese please");
        assertFailsWith("missing: no such file or folder", "--input", dir.resolve("missing").toString(), "--output", out);
        assertFailsWith("--date: 'tomorrow' is not a date like 2022-09-16",
                "--input", input.toString(), "--output", out, "--date", "tomorrow");
        assertFailsWith("unknown rule 'no.such-rule'", "--input", input.toString(), "--output", out, "--disable", "no.such-rule");
        assertFailsWith("--group-column: " + dir + " is read as a folder of text files",
                "--input", dir.toString(), "--output", out, "--group-column", "system");
        assertFailsWith("--format: unknown format 'csv'", "--input", input.toString(), "--output", out, "--format", "csv");
    }

    /** The job stops with the usage exit code and one line that says why. */
    private static void assertFailsWith(String reason, String... args) {
        StringWriter err = new StringWriter();
        int code = SparkCheck.run(spark, new PrintWriter(err, true), args);
        String message = err.toString().strip();
        assertEquals(SparkCheck.USAGE_OR_INPUT, code, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("mtlint: ") && message.contains(reason), message);
    }

    private static void assertSameAsCli(JsonNode cli, List<JsonNode> findings, List<JsonNode> documents) {
        assertSameAsCli(cli, findings, documents, 50);
    }

    private static void assertSameAsCli(JsonNode cli, List<JsonNode> findings, List<JsonNode> documents, int atLeast) {
        Map<String, JsonNode> byName = new TreeMap<>();
        cli.get("files").forEach(f -> byName.put(fileName(f.get("path").asText()), f));
        Map<String, List<JsonNode>> findingsByName = findings.stream()
                .collect(Collectors.groupingBy(f -> fileName(f.get("id").asText()), TreeMap::new, Collectors.toList()));
        assertEquals(byName.keySet(), documents.stream().map(d -> fileName(d.get("id").asText()))
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
        int compared = 0;
        for (JsonNode document : documents) {
            String name = fileName(document.get("id").asText());
            JsonNode expected = byName.get(name);
            assertEquals(expected.get("words").asInt(), document.get("words").asInt(), name);
            assertEquals(expected.get("penalty").asDouble(), round2(document.get("penalty").asDouble()), name);
            assertEquals(expected.get("score").asDouble(), round2(document.get("score").asDouble()), name);
            assertEquals(expected.get("passed").asBoolean(), document.get("passed").asBoolean(), name);
            List<JsonNode> actual = new ArrayList<>(findingsByName.getOrDefault(name, List.of()));
            actual.sort((a, b) -> a.get("start").asInt() != b.get("start").asInt()
                    ? Integer.compare(a.get("start").asInt(), b.get("start").asInt())
                    : a.get("end").asInt() != b.get("end").asInt() ? Integer.compare(a.get("end").asInt(), b.get("end").asInt())
                    : a.get("rule").asText().compareTo(b.get("rule").asText()));
            List<JsonNode> wanted = new ArrayList<>();
            expected.get("issues").forEach(wanted::add);
            assertEquals(wanted.size(), actual.size(), name);
            for (int i = 0; i < wanted.size(); i++) {
                ObjectNode row = ((ObjectNode) actual.get(i)).deepCopy();
                row.remove(List.of("id", "group"));
                assertEquals(wanted.get(i), row, name + " finding " + i);
                compared++;
            }
        }
        assertTrue(compared >= atLeast, "compared " + compared + " findings");
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Map<String, JsonNode> byId(List<JsonNode> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("id").asText(), r -> r));
    }

    private static List<Path> wmt21Files() throws IOException {
        try (Stream<Path> files = Files.list(WMT21_SLICE)) {
            return files.sorted().toList();
        }
    }

    private static String runJob(String... args) {
        StringWriter err = new StringWriter();
        int code = SparkCheck.run(spark, new PrintWriter(err, true), args);
        assertEquals(SparkCheck.OK, code, err.toString());
        return err.toString();
    }

    private static JsonNode runCli(Path corpus, Path report) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new String[] {"check", "--fail-on", "none", "-f", "json", "-o", report.toString(), corpus.toString()},
                InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err));
        return JSON.readTree(report.toFile());
    }

    /** The rows of a JSON Lines table as Spark writes it: part files in a folder. */
    private static List<JsonNode> readTable(Path folder) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    if (!line.isBlank()) {
                        rows.add(JSON.readTree(line));
                    }
                }
            }
        }
        return rows;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
