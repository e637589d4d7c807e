package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as users and CI run it: exit codes, outputs, errors. */
class CliTest {

    private static final String CLEAN = "Leaders meet in Samarkand\n\nSAMARKAND, Sept. 16, 2022 -- The leaders met on Friday. "
            + "They discussed trade and energy.\n";

    @TempDir
    Path dir;

    @Test
    void helpAndVersion() {
        CommandRun help = CommandRun.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("check") && help.out().contains("explain") && help.out().contains("Exit codes"));
        assertTrue(CommandRun.run("check", "--help").out().contains("--fail-on"));
        CommandRun version = CommandRun.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("mtlint "), version.out());
        CommandRun nothing = CommandRun.run();
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("Usage: mtlint"));
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhy() throws Exception {
        Path file = CommandRun.write(dir, "a.txt", CLEAN);
        CommandRun unknownOption = CommandRun.run("check", "--frobnicate", file.toString());
        assertEquals(2, unknownOption.code());
        assertTrue(unknownOption.err().contains("Unknown option: '--frobnicate'"), unknownOption.err());
        assertEquals(2, CommandRun.run("check", "-f", "pdf", file.toString()).code());
        assertTrue(CommandRun.run("check", "--date", "yesterday", file.toString()).err().contains("is not a date"));
        assertTrue(CommandRun.run("check", "--disable", "no.such-rule", file.toString()).err().contains("unknown rule 'no.such-rule'"));
        assertEquals("mtlint: unknown LanguageTool rule or category 'lt.NO_SUCH_RULE' (see 'mtlint rules --languagetool')",
                CommandRun.run("check", "--disable", "lt.NO_SUCH_RULE", file.toString()).err().strip());
        assertEquals("mtlint: --severity: unknown rule 'nope.*' (see 'mtlint rules')",
                CommandRun.run("check", "--severity", "nope.*=major", file.toString()).err().strip());
        // one from the project file is named with the file and its key (the round-10 robustness review)
        Path config = CommandRun.write(dir, "project.yml", "severities: {\"nope.*\": major}\n");
        assertEquals("mtlint: " + config + " severities: unknown rule 'nope.*' (see 'mtlint rules')",
                CommandRun.run("check", "--config", config.toString(), file.toString()).err().strip());
        Path disabling = CommandRun.write(dir, "disabling.yml", "disable: [calque.phrasng, lt.NO_SUCH_RULE]\n");
        assertEquals("mtlint: " + disabling + " disable: unknown LanguageTool rule or category 'lt.NO_SUCH_RULE' (see 'mtlint rules --languagetool')",
                CommandRun.run("check", "--config", disabling.toString(), file.toString()).err().strip());
        Path disablingOne = CommandRun.write(dir, "disabling-one.yml", "disable: [calque.phrasng]\n");
        assertEquals("mtlint: " + disablingOne + " disable: unknown rule 'calque.phrasng' (see 'mtlint rules')",
                CommandRun.run("check", "--config", disablingOne.toString(), file.toString()).err().strip());
        assertTrue(CommandRun.run("check", "--min-score", "150", file.toString()).err().contains("--min-score must be between 0 and 100"));
        assertEquals(2, CommandRun.run("check", "--min-score", "NaN", file.toString()).code());
        assertEquals(2, CommandRun.run("check", "--pass-threshold", "NaN", file.toString()).code());
        CommandRun nothingChecked = CommandRun.run("check", dir.resolve("missing.txt").toString());
        assertEquals(2, nothingChecked.code());
        assertTrue(nothingChecked.out().strip().endsWith("0 files, 0 words, 0 findings, 1 error; nothing checked, no score"),
                nothingChecked.out());
        CommandRun badGlob = CommandRun.run("check", "--include", "[", dir.toString());
        assertEquals(2, badGlob.code());
        assertTrue(badGlob.err().startsWith("mtlint: --include/--exclude: invalid glob '['"), badGlob.err());
        assertEquals(1, badGlob.err().strip().lines().count(), badGlob.err());
        CommandRun over = CommandRun.run("check", "-f", "json", "-o", file.toString(), file.toString());
        assertEquals(2, over.code());
        assertTrue(over.err().contains("refusing to write the report over the input"));
        assertEquals(CLEAN, Files.readString(file));
        CommandRun outputWithoutFormat = CommandRun.run("check", "-o", dir.resolve("r.json").toString(), file.toString());
        assertEquals(2, outputWithoutFormat.code());
        assertTrue(outputWithoutFormat.err().startsWith("mtlint: Missing required argument"), outputWithoutFormat.err());
        assertTrue(outputWithoutFormat.err().contains("-f json -o report.json"), outputWithoutFormat.err());
    }

    @Test
    void cleanTextPassesAndTheGateFailsOnFindings() throws Exception {
        Path clean = CommandRun.write(dir, "clean.txt", CLEAN);
        CommandRun pass = CommandRun.run("check", clean.toString());
        assertEquals(0, pass.code(), pass.out() + pass.err());
        assertTrue(pass.out().contains("1 file, "), pass.out());
        Path bad = CommandRun.write(dir, "bad.txt", "Title here\n\nThe talks went well. It has been fruitful and fruitful, officials said.\n");
        CommandRun failOn = CommandRun.run("check", "--fail-on", "minor", bad.toString());
        assertEquals(1, failOn.code(), failOn.out());
        assertTrue(failOn.out().contains(bad + ":3:34: minor [repetition.coordinated-duplicate]"), failOn.out());
        assertEquals(0, CommandRun.run("check", "--fail-on", "major", bad.toString()).code());
        assertEquals(1, CommandRun.run("check", "--min-score", "99", bad.toString()).code());
    }

    @Test
    void badInputsAreReportedWhileGoodOnesAreChecked() throws Exception {
        Path good = CommandRun.write(dir, "good.txt", CLEAN);
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path report = dir.resolve("out/report.json");
        CommandRun run = CommandRun.run("check", "-f", "json", "-o", report.toString(), "-f", "text",
                good.toString(), latin1.toString(), dir.resolve("missing.txt").toString());
        assertEquals(2, run.code());
        assertTrue(run.out().contains(latin1 + ": error: invalid UTF-8 at byte 3"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(1, json.get("files").size());
        assertEquals(good.toString(), json.get("files").get(0).get("path").asText());
        assertEquals(2, json.get("errors").size());
        assertEquals(dir.resolve("missing.txt").toString(), json.get("errors").get(1).get("path").asText());
        assertEquals("no such file or directory", json.get("errors").get(1).get("message").asText());

        CommandRun toFileOnly = CommandRun.run("check", "-f", "json", "-o", report.toString(), good.toString(), latin1.toString());
        assertEquals(2, toFileOnly.code());
        assertTrue(toFileOnly.err().startsWith(latin1 + ": error: invalid UTF-8 at byte 3 (0xE9)"), toFileOnly.err());
        assertEquals(1, toFileOnly.err().strip().lines().count(), toFileOnly.err());
    }

    @Test
    void jsonOffsetsAndTextFollowTheFileInCrlfFiles() throws Exception {
        String original = "Title here\r\n\r\nThe talks went well.\r\nIt was fruitful and fruitful.\r\n\r\n"
                + "Leave a Reply\r\n\r\nYour email address will not be published.\r\n";
        Path doc = CommandRun.write(dir, "crlf.txt", original);
        Path report = dir.resolve("crlf.json");
        CommandRun.run("check", "-f", "json", "-o", report.toString(), doc.toString());
        JsonNode issues = new ObjectMapper().readTree(report.toFile()).get("files").get(0).get("issues");
        assertTrue(issues.size() >= 2, issues.toString());
        int[] codePoints = original.codePoints().toArray();
        for (JsonNode issue : issues) {
            String expected = new String(codePoints, issue.get("start").asInt(), issue.get("end").asInt() - issue.get("start").asInt());
            assertEquals(expected, issue.get("text").asText(), issue.toString());
        }
    }

    @Test
    void languageToolRulesAndCategoriesAreSwitchedByIdOrGlob() throws Exception {
        Path doc = CommandRun.write(dir, "lt.txt", "Title\n\nWe met the wrtier today. They was late.\n");
        String all = CommandRun.run("check", doc.toString()).out();
        assertTrue(all.contains("[lt.MORFOLOGIK_RULE_EN_US]"), all);
        String withoutSpeller = CommandRun.run("check", "--disable", "lt.MORFOLOGIK_*", doc.toString()).out();
        assertFalse(withoutSpeller.contains("[lt.MORFOLOGIK_RULE_EN_US]"), withoutSpeller);
        String withoutTypos = CommandRun.run("check", "--disable", "lt.TYPOS", doc.toString()).out();
        assertFalse(withoutTypos.contains("[lt.MORFOLOGIK_RULE_EN_US]"), withoutTypos);
        String back = CommandRun.run("check", "--disable", "lt.MORFOLOGIK_*", "--enable", "lt.MORFOLOGIK_RULE_EN_US", doc.toString()).out();
        assertTrue(back.contains("[lt.MORFOLOGIK_RULE_EN_US]"), back);
    }

    @Test
    void settingErrorsNameWhereTheSettingCameFrom() throws Exception {
        Path config = CommandRun.write(dir, "project/mtlint.yml", "failOn: huge\n");
        Path doc = CommandRun.write(dir, "project/a.txt", CLEAN);
        CommandRun fromConfig = CommandRun.run("check", "--config", config.toString(), doc.toString());
        assertEquals(2, fromConfig.code());
        assertTrue(fromConfig.err().startsWith("mtlint: " + config + " failOn: "), fromConfig.err());
        CommandRun fromOption = CommandRun.run("check", "--config", config.toString(), "--fail-on", "vast", doc.toString());
        assertTrue(fromOption.err().startsWith("mtlint: --fail-on: "), fromOption.err());
    }

    @Test
    void readsStandardInput() {
        CommandRun run = CommandRun.runWithInput("Heads of state meet\n\nThe talks went well. It was fruitful and fruitful.\n", "check", "--fail-on", "none", "-");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("<stdin>:3:"), run.out());
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndThreadCounts() throws Exception {
        for (int i = 0; i < 4; i++) {
            CommandRun.write(dir, "docs/d" + i + ".txt", "Title " + i + "\n\nThe the talks went well. It was fruitful and fruitful." + " More text.".repeat(i) + "\n");
        }
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        CommandRun.run("check", "--threads", "1", "-f", "json", "-o", a.toString(), dir.resolve("docs").toString());
        CommandRun.run("check", "--threads", "3", "-f", "json", "-o", b.toString(), dir.resolve("docs").toString());
        assertEquals(Files.readString(a), Files.readString(b));
        JsonNode files = new ObjectMapper().readTree(a.toFile()).get("files");
        assertEquals(dir.resolve("docs") + "/d0.txt", files.get(0).get("path").asText());
        assertEquals(dir.resolve("docs") + "/d3.txt", files.get(3).get("path").asText());
    }

    @Test
    void aBaselineAcceptsKnownFindings() throws Exception {
        Path doc = CommandRun.write(dir, "doc.txt", "Title\n\nThe talks went well. It was fruitful and fruitful.\n");
        Path baseline = dir.resolve("baseline.json");
        assertEquals(1, CommandRun.run("check", "--fail-on", "minor", "-f", "json", "-o", baseline.toString(), doc.toString()).code());
        Files.writeString(doc, "Title\n\nA new first line.\n\nThe talks went well. It was fruitful and fruitful.\n");
        CommandRun again = CommandRun.run("check", "--fail-on", "minor", "--baseline", baseline.toString(), doc.toString());
        assertEquals(0, again.code(), again.out());
        assertTrue(again.out().contains("(+1 in baseline)"), again.out());

        assertFalse(again.out().contains("no longer"), again.out());

        // the finding fixed, the baseline's entry for it is stale: said in the summary and in the JSON report
        Path fixed = CommandRun.write(dir, "fixed.txt", "Title\n\nThe talks went well. It was fruitful and fruitful.\n");
        Path fixedBaseline = dir.resolve("fixed-baseline.json");
        CommandRun.run("check", "-f", "json", "-o", fixedBaseline.toString(), fixed.toString());
        Files.writeString(fixed, "Title\n\nThe talks went well. It was fruitful.\n");
        CommandRun stale = CommandRun.run("check", "--baseline", fixedBaseline.toString(), fixed.toString());
        assertEquals(0, stale.code(), stale.out());
        assertTrue(stale.out().contains("1 accepted finding of the baseline no longer occurs"), stale.out());
        CommandRun staleJson = CommandRun.run("check", "-f", "json", "--baseline", fixedBaseline.toString(), fixed.toString());
        assertEquals(1, new ObjectMapper().readTree(staleJson.out()).get("summary").get("baselineUnmatched").asInt(), staleJson.out());

        Path sameFileOtherSpelling = dir.resolve(".").resolve("doc.txt");
        assertEquals(0, CommandRun.run("check", "--fail-on", "minor", "--baseline", baseline.toString(), sameFileOtherSpelling.toString()).code());

        Files.writeString(baseline, "{\"files\": [\n  {,");
        CommandRun broken = CommandRun.run("check", "--baseline", baseline.toString(), doc.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().startsWith("mtlint: baseline " + baseline + " is not valid JSON: "), broken.err());
        assertEquals(1, broken.err().strip().lines().count(), broken.err());
    }

    @Test
    void aNewFindingLikeAnAcceptedOneIsReportedWhereItWasWritten() throws Exception {
        Path doc = CommandRun.write(dir, "doc.txt", "Title\n\nThe talks went well.\n\nIt was fruitful and fruitful.\n");
        Path baseline = dir.resolve("baseline.json");
        CommandRun.run("check", "-f", "json", "-o", baseline.toString(), doc.toString());
        Files.writeString(doc, "Title\n\nThe talks went well and fruitful and fruitful.\n\nIt was fruitful and fruitful.\n");
        CommandRun again = CommandRun.run("check", "--fail-on", "minor", "--baseline", baseline.toString(), doc.toString());
        assertEquals(1, again.code(), again.out());
        assertTrue(again.out().contains(doc + ":3:"), again.out());
        assertFalse(again.out().contains(doc + ":5:"), again.out());
    }

    @Test
    void ruleFileErrorsNameTheFileLineAndColumn() throws Exception {
        CommandRun.write(dir, "packs/house/bad.yml", "kind: existence\ndescription: d\nmessage: m\nseverity: huge\ncategory: Style/Awkward\n"
                + "tokens: [x]\nexamples: ['[[x]]']\n");
        CommandRun run = CommandRun.run("check", "--rules", dir.resolve("packs").toString(), CommandRun.write(dir, "a.txt", CLEAN).toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("house/bad.yml:4:11: unknown severity 'huge'"), run.err());
    }

    @Test
    void rulesAndExplainDescribeRules() {
        CommandRun rules = CommandRun.run("rules");
        assertEquals(0, rules.code());
        assertTrue(rules.out().contains("entity.country-confusion") && rules.out().contains("Accuracy/Mistranslation"));
        CommandRun explain = CommandRun.run("explain", "sentence.missing-boundary");
        assertEquals(0, explain.code());
        assertTrue(explain.out().contains("landmark A") && explain.out().contains("severity:  major"), explain.out());
        assertEquals(2, CommandRun.run("explain", "no.such").code());
        assertTrue(CommandRun.run("explain", "lt.ENGLISH_WORD_REPEAT_BEGINNING_RULE").out().contains("off by default"));
    }
}
