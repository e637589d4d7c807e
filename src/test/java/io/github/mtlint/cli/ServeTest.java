package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.server.MtlintServer;
import io.github.mtlint.setup.EngineSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mtlint serve} with the real engine: LanguageTool's API and mtlint's, driven by an HTTP client. */
class ServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "samples/xi_central_asia.txt";
    private static MtlintServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = MtlintServer.start(new MtlintServer.Settings("127.0.0.1", 0, 2, 4, 2_000_000, Duration.ofSeconds(30)),
                new EngineChecker(settings(EngineOptionsFor.none())), VersionProvider.version(), new PrintWriter(new StringWriter()));
    }

    /** The server's settings from {@code serve}'s engine options, over no project file. */
    private static EngineSettings settings(EngineSettings.Options options) throws Exception {
        return EngineSettings.resolve(options, ProjectConfig.empty(), LocalDate.now());
    }

    private static final class EngineOptionsFor {
        static EngineSettings.Options none() {
            return config(null);
        }

        static EngineSettings.Options config(Path config) {
            return new EngineSettings.Options(config, List.of(), List.of(), List.of(), List.of(), java.util.Map.of(), null, null,
                    null, null, null, List.of());
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, String... pairs) throws Exception {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode matchOf(JsonNode answer, String ruleId) {
        for (JsonNode match : answer.get("matches")) {
            if (match.get("rule").get("id").asText().equals(ruleId)) {
                return match;
            }
        }
        throw new AssertionError("no match of " + ruleId + " in " + answer);
    }

    private static boolean hasMatch(JsonNode answer, String ruleId) {
        for (JsonNode match : answer.get("matches")) {
            if (match.get("rule").get("id").asText().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void languageToolsCheckAnswersInItsShape() throws Exception {
        String text = "The talks were fruitful and fruitful. He go to school every day.";
        HttpResponse<String> response = post("/v2/check", "text", text, "language", "en-US");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("mtlint", answer.get("software").get("name").asText());
        assertEquals(1, answer.get("software").get("apiVersion").asInt());
        assertEquals("en-US", answer.get("language").get("code").asText());
        assertEquals("English (US)", answer.get("language").get("name").asText());

        JsonNode duplicate = matchOf(answer, "repetition.coordinated-duplicate");
        int offset = duplicate.get("offset").asInt();
        assertEquals("fruitful and fruitful", text.substring(offset, offset + duplicate.get("length").asInt()));
        assertFalse(duplicate.get("message").asText().isBlank());
        assertEquals("fruitful", duplicate.get("replacements").get(0).get("value").asText());
        assertEquals("The talks were fruitful and fruitful.", duplicate.get("sentence").asText());
        JsonNode context = duplicate.get("context");
        assertEquals("fruitful and fruitful", context.get("text").asText()
                .substring(context.get("offset").asInt(), context.get("offset").asInt() + context.get("length").asInt()));
        JsonNode rule = duplicate.get("rule");
        assertFalse(rule.get("description").asText().isBlank());
        assertEquals("style", rule.get("issueType").asText(), "ITS issue type of the MQM category Style/Awkward");
        assertEquals("STYLE_AWKWARD", rule.get("category").get("id").asText());
        assertEquals("Style/Awkward", rule.get("category").get("name").asText());

        JsonNode agreement = answer.get("matches").get(answer.get("matches").size() - 1);
        assertFalse(agreement.get("rule").get("id").asText().startsWith("lt."), "LanguageTool's ids as LanguageTool gives them");
        assertEquals("go", text.substring(agreement.get("offset").asInt(), agreement.get("offset").asInt() + agreement.get("length").asInt()));
    }

    @Test
    void offsetsCountUtf16UnitsAsLanguageToolDoes() throws Exception {
        // the emoji is one code point but two UTF-16 units; the report counts code points, LanguageTool's API units
        String text = "\uD83D\uDE00 The talks were fruitful and fruitful.";
        JsonNode match = matchOf(JSON.readTree(post("/v2/check", "text", text, "language", "en").body()),
                "repetition.coordinated-duplicate");
        assertEquals(text.indexOf("fruitful and"), match.get("offset").asInt());
        assertEquals("fruitful and fruitful".length(), match.get("length").asInt());
    }

    @Test
    void annotatedDataGetsOffsetsIntoItsMarkup() throws Exception {
        String data = "{\"annotation\":[{\"text\":\"The talks were \"},{\"markup\":\"<b>\"},"
                + "{\"text\":\"fruitful and fruitful\"},{\"markup\":\"</b>\"},{\"text\":\".\"}]}";
        JsonNode match = matchOf(JSON.readTree(post("/v2/check", "data", data, "language", "en-US").body()),
                "repetition.coordinated-duplicate");
        String original = "The talks were <b>fruitful and fruitful</b>.";
        int offset = match.get("offset").asInt();
        assertEquals("fruitful and fruitful", original.substring(offset, offset + match.get("length").asInt()));
    }

    @Test
    void rulesAreSwitchedOnAndOffAsLanguageToolsClientsAsk() throws Exception {
        String text = "The talks were fruitful and fruitful. He go to school every day.";
        JsonNode all = JSON.readTree(post("/v2/check", "text", text, "language", "en-US").body());
        String languageToolRule = all.get("matches").get(all.get("matches").size() - 1).get("rule").get("id").asText();

        JsonNode withoutBoth = JSON.readTree(post("/v2/check", "text", text, "language", "en-US",
                "disabledRules", languageToolRule + ",repetition.coordinated-duplicate,NO_SUCH_RULE").body());
        assertFalse(hasMatch(withoutBoth, languageToolRule), withoutBoth.toString());
        assertFalse(hasMatch(withoutBoth, "repetition.coordinated-duplicate"), withoutBoth.toString());

        JsonNode only = JSON.readTree(post("/v2/check", "text", text, "language", "en-US",
                "enabledRules", languageToolRule, "enabledOnly", "true").body());
        assertEquals(1, only.get("matches").size(), only.toString());
        assertEquals(languageToolRule, only.get("matches").get(0).get("rule").get("id").asText());

        assertEquals(400, post("/v2/check", "text", text, "language", "en-US", "enabledOnly", "true").statusCode());
    }

    /** A match names its MQM category ("FLUENCY_GRAMMAR"); a client sends that id back to switch the category off or on. */
    @Test
    void theCategoriesTheMatchesNameSwitchTheirMatchesOffAndOn() throws Exception {
        String text = "The talks were fruitful and fruitful. He go to school every day.";
        JsonNode all = JSON.readTree(post("/v2/check", "text", text, "language", "en-US").body());
        String duplicateCategory = matchOf(all, "repetition.coordinated-duplicate").get("rule").get("category").get("id").asText();

        JsonNode without = JSON.readTree(post("/v2/check", "text", text, "language", "en-US",
                "disabledCategories", duplicateCategory).body());
        assertFalse(hasMatch(without, "repetition.coordinated-duplicate"), without.toString());
        assertEquals(all.get("matches").size() - 1, without.get("matches").size(), without.toString());

        JsonNode only = JSON.readTree(post("/v2/check", "text", text, "language", "en-US",
                "enabledCategories", duplicateCategory, "enabledOnly", "true").body());
        assertEquals(1, only.get("matches").size(), only.toString());
        assertTrue(hasMatch(only, "repetition.coordinated-duplicate"), only.toString());
    }

    @Test
    void anEmptyTextHasNoMatches() throws Exception {
        HttpResponse<String> response = post("/v2/check", "text", "", "language", "auto");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, JSON.readTree(response.body()).get("matches").size());
    }

    @Test
    void mtlintsCheckGivesTheBytesOfCheckDashFJson() throws Exception {
        String text = Files.readString(Path.of(SEED));
        HttpResponse<String> served = post("/v1/check", "text", text, "path", SEED);
        assertEquals(200, served.statusCode(), served.body());

        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"check", "-f", "json", SEED}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCodes.GATE_FAILED, code, "the seed article fails the gate");
        assertEquals(out.toString(), served.body());
    }

    @Test
    void mtlintsCheckWithASourceGivesTheBytesOfCheckOnThePair() throws Exception {
        String translation = "samples/uzbekistan_trade.txt";
        String source = "samples/uzbekistan_trade.zh.txt";
        HttpResponse<String> served = post("/v1/check", "text", Files.readString(Path.of(translation)), "path", translation,
                "source", Files.readString(Path.of(source)), "sourcePath", source, "sourceLanguage", "zh");
        assertEquals(200, served.statusCode(), served.body());
        CommandRun local = CommandRun.run("check", "-f", "json", translation);
        assertEquals(local.out(), served.body());
        assertTrue(served.body().contains("\"sourceText\""), "the pair was checked against its source");

        HttpResponse<String> unnamed = post("/v1/check", "text", "The talks were fruitful.", "source", "会谈富有成果。");
        assertEquals("<text> (source)", JSON.readTree(unnamed.body()).get("files").get(0).get("source").get("path").asText());
        assertEquals(400, post("/v1/check", "text", "a", "text", "b", "source", "甲").statusCode(),
                "a source for every text, or none");
        assertEquals(400, post("/v1/check", "text", "a", "source", "甲", "sourceLanguage", "not a tag").statusCode());
    }

    @Test
    void mtlintsCheckReadsAnXliffBodyAsCheckReadsTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt"><body>
                  <trans-unit id="greeting"><source>国务院副总理何立峰会见了客人。</source><target>Vice Premier He Li Feng met the guests.</target></trans-unit>
                 </body></file>
                </xliff>
                """;
        Path file = CommandRun.write(dir, "job.xlf", xliff);
        HttpResponse<String> served = post("/v1/check", "text", xliff, "path", file.toString());
        assertEquals(200, served.statusCode(), served.body());
        assertEquals(CommandRun.run("check", "-f", "json", file.toString()).out(), served.body());
        assertTrue(served.body().contains("\"segment\" : \"greeting\"") || served.body().contains("\"segment\":\"greeting\""),
                served.body());
        // with other texts, as check reads a folder that holds it: one report, in the order given
        Path other = CommandRun.write(dir, "b.txt", "The talks were fruitful and fruitful.\n");
        HttpResponse<String> mixed = post("/v1/check", "text", xliff, "path", file.toString(),
                "text", Files.readString(other), "path", other.toString());
        assertEquals(200, mixed.statusCode(), mixed.body());
        assertEquals(CommandRun.run("check", "-f", "json", file.toString(), other.toString()).out(), mixed.body());
        assertEquals(400, post("/v1/check", "text", xliff, "path", "job.xlf", "source", "会谈").statusCode(),
                "a file holds its sources");
        HttpResponse<String> broken = post("/v1/check", "text", "<xliff version=\"1.2\"><file>", "path", "bad.xlf");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().startsWith("Error: bad.xlf:"), broken.body());
    }

    @Test
    void mtlintsCheckTakesTheOptionsOfCheck() throws Exception {
        String text = "The talks were fruitful and fruitful.\n";
        JsonNode on = JSON.readTree(post("/v1/check", "text", text).body());
        assertEquals("<text>", on.get("files").get(0).get("path").asText());
        assertEquals(1, on.get("summary").get("issues").asInt(), on.toString());
        JsonNode off = JSON.readTree(post("/v1/check", "text", text, "disable", "repetition.*").body());
        assertEquals(0, off.get("summary").get("issues").asInt(), off.toString());
        HttpResponse<String> unknown = post("/v1/check", "text", text, "disable", "no.such-rule");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("no.such-rule"), unknown.body());

        JsonNode several = JSON.readTree(post("/v1/check", "text", text, "path", "a.txt", "text", text, "path", "b.txt",
                "format", "json", "format", "text").body());
        assertTrue(several.get("text").asText().startsWith("a.txt:1:"), several.toString());
        assertEquals(2, JSON.readTree(several.get("json").asText()).get("files").size());
    }

    @Test
    void thePastedTextComesBackAsTheReviewPage() throws Exception {
        HttpResponse<String> page = post("/review", "text", "The talks were fruitful and <script>fruitful</script>.", "path", "pasted.txt");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().startsWith("<!DOCTYPE html>"));
        assertTrue(page.body().contains("pasted.txt"));
        assertFalse(page.body().contains("<script>fruitful"), "the text is shown, never run");

        HttpResponse<String> pair = post("/review", "text", "Exports rose 12 percent in 2021.", "source", "2021年出口增长15%。",
                "path", "pasted.txt");
        assertEquals(200, pair.statusCode(), pair.body());
        assertTrue(pair.body().contains("2021年出口增长15%。"), "the source is shown beside the text");
        assertTrue(pair.body().contains("accuracy.number"), "the number is checked against the source");
        assertEquals(200, post("/review", "text", "The talks went well.", "source", "", "path", "p.txt").statusCode(),
                "the form's empty source field means none");
    }

    @Test
    void checkOnAServerPrintsTheSameReportsAndExitCode(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path crlf = dir.resolve("crlf.txt");
        Files.writeString(crlf, "Leaders meet\r\n\r\nThe talks were fruitful and fruitful.\r\n");
        String url = server.uri().toString();
        for (String[] options : List.of(new String[] {"-f", "json"}, new String[] {"-f", "text", "--fail-on", "major"},
                new String[] {"-f", "sarif", "--min-score", "10", "--disable", "repetition.*"})) {
            List<String> args = new ArrayList<>(List.of("check"));
            args.addAll(List.of(options));
            args.addAll(List.of(SEED, crlf.toString()));
            CommandRun local = CommandRun.run(args.toArray(String[]::new));
            args.add(1, "--server");
            args.add(2, url);
            CommandRun remote = CommandRun.run(args.toArray(String[]::new));
            assertEquals(local.out(), remote.out(), String.join(" ", options));
            assertEquals(local.code(), remote.code(), String.join(" ", options));
        }
        List<String> pairs = List.of("samples/uzbekistan_trade.txt", "samples/digital_economy_forum.txt", crlf.toString());
        for (String format : List.of("json", "text")) {
            List<String> args = new ArrayList<>(List.of("check", "-f", format));
            args.addAll(pairs);
            CommandRun local = CommandRun.run(args.toArray(String[]::new));
            args.addAll(1, List.of("--server", url));
            CommandRun remote = CommandRun.run(args.toArray(String[]::new));
            assertEquals(local.out(), remote.out(), "translations with and without sources, " + format);
            assertEquals(local.code(), remote.code());
        }
        Path html = dir.resolve("out/report.html");
        CommandRun toFile = CommandRun.run("check", "--server", url, "-f", "html", "-o", html.toString(), "-f", "text", crlf.toString());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertTrue(toFile.out().contains("crlf.txt:3:"), toFile.out());
    }

    @Test
    void checkOnAServerNamesWhatItCannotReadAndChecksTheRest(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "The talks were fruitful and fruitful.\n");
        CommandRun run = CommandRun.run("check", "--server", server.uri().toString(), "-f", "json", good.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
        assertTrue(run.err().contains("missing.txt"), run.err());
        assertEquals(1, JSON.readTree(run.out()).get("files").size());

        CommandRun refused = CommandRun.run("check", "--server", server.uri().toString(), "--rules", dir.toString(), good.toString());
        assertEquals(ExitCodes.USAGE_OR_INPUT, refused.code());
        assertTrue(refused.err().startsWith("mtlint: --server checks with the server's rules"), refused.err());

        CommandRun nobody = CommandRun.run("check", "--server", "http://127.0.0.1:1/", good.toString());
        assertEquals(ExitCodes.USAGE_OR_INPUT, nobody.code());
        assertTrue(nobody.err().startsWith("mtlint: cannot check at http://127.0.0.1:1/"), nobody.err());

        // an address without a scheme, with another scheme or with a port out of range is a usage error, not an internal one
        for (String address : List.of("localhost:8081", "ftp://127.0.0.1:8081/", "http://127.0.0.1:99999/")) {
            CommandRun bad = CommandRun.run("check", "--server", address, good.toString());
            assertEquals(ExitCodes.USAGE_OR_INPUT, bad.code(), address + ": " + bad.err());
            assertTrue(bad.err().contains("is no server address"), bad.err());
        }
    }

    @Test
    void aServerChecksWithItsProjectsConfigurationAndGlossary(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("terms.csv"), "zh,en,en\n自由贸易试验区,pilot free trade zone,!free trade experimental zone\n");
        Path config = dir.resolve("mtlint.yml");
        Files.writeString(config, "glossaries: [terms.csv]\nenable: [terminology.glossary]\ndisable: [repetition.doubled-word]\n"
                + "severities:\n  terminology.glossary: critical\n");
        EngineSettings.Options options = EngineOptionsFor.config(config);
        MtlintServer project = MtlintServer.start(new MtlintServer.Settings("127.0.0.1", 0, 1, 2, 2_000_000, Duration.ofSeconds(30)),
                new EngineChecker(EngineSettings.resolve(options, EngineSettings.projectConfig(config), LocalDate.now())),
                VersionProvider.version(), new PrintWriter(new StringWriter()));
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(project.uri().resolve("/v2/check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("language=en-US&text=" + URLEncoder.encode(
                            "The free trade experimental zone grew and grew and grew.", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            assertTrue(matchOf(answer, "terminology.glossary").get("message").asText().contains("pilot free trade zone"), response.body());
            assertFalse(hasMatch(answer, "repetition.doubled-word"), response.body());
            // a request may switch off what the server's configuration left on, and on what it switched off
            HttpResponse<String> chosen = CLIENT.send(HttpRequest.newBuilder(project.uri().resolve("/v2/check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("language=en-US&disabledRules=terminology.glossary"
                            + "&enabledRules=repetition.doubled-word&text=" + URLEncoder.encode(
                            "The free trade experimental zone grew and and grew.", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode chosenAnswer = JSON.readTree(chosen.body());
            assertFalse(hasMatch(chosenAnswer, "terminology.glossary"), chosen.body());
            assertTrue(hasMatch(chosenAnswer, "repetition.doubled-word"), chosen.body());
        } finally {
            project.stop();
        }
        CommandRun missing = CommandRun.run("serve", "--port", "0", "--config", dir.resolve("none.yml").toString());
        assertEquals(ExitCodes.USAGE_OR_INPUT, missing.code());
        assertTrue(missing.err().startsWith("mtlint: ") && missing.err().contains("none.yml") && missing.err().lines().count() == 1,
                missing.err());
    }

    @Test
    void serveRefusesSettingsItCannotKeepWithOneLine() {
        CommandRun noWorkers = CommandRun.run("serve", "--port", "0", "--workers", "0");
        assertEquals(ExitCodes.USAGE_OR_INPUT, noWorkers.code());
        assertTrue(noWorkers.err().startsWith("mtlint: bad server settings:") && noWorkers.err().lines().count() == 1, noWorkers.err());
        CommandRun badPort = CommandRun.run("serve", "--port", "70000");
        assertEquals(ExitCodes.USAGE_OR_INPUT, badPort.code());
        assertTrue(badPort.err().contains("port 70000"), badPort.err());
    }
}
