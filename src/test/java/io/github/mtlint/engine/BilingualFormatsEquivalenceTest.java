package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.testing.BilingualFileWriter;
import io.github.mtlint.text.Input;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same translation as a pair of text files, as XLIFF 1.2, XLIFF 2.0, TMX and TSV gives the same findings at the
 * same offsets, with the same source spans: over the samples' pair and 323 WMT21 segments. The XML files carry
 * inline codes and notes, which must change nothing.
 */
class BilingualFormatsEquivalenceTest {

    private static final List<String> FORMATS = List.of("xlf", "xliff", "tmx", "tsv");
    private static final Path WMT21 = Path.of("src/test/resources/bilingual/wmt21");

    @TempDir
    static Path dir;

    private static final Map<String, DocumentResult> byPath = new HashMap<>();
    private static final List<Path> pairs = new ArrayList<>();

    @BeforeAll
    static void checkEveryPairInEveryFormat() throws IOException {
        pairs.add(Path.of("samples/uzbekistan_trade.txt"));
        try (Stream<Path> files = Files.list(WMT21)) {
            files.filter(f -> f.toString().endsWith(".txt") && !f.toString().endsWith(".zh.txt")).sorted().forEach(pairs::add);
        }
        List<Input> inputs = new ArrayList<>();
        for (Path target : pairs) {
            Path source = sourceOf(target);
            inputs.add(new Input.FileInput(target, target.toString(), new Input.SourceRef(source, source.toString(), "zh")));
            List<String> sourceLines = Files.readAllLines(source);
            List<String> targetLines = Files.readAllLines(target);
            String name = target.getFileName().toString().replaceFirst("\\.txt$", "");
            Map<String, String> files = Map.of(
                    "xlf", BilingualFileWriter.xliff12(sourceLines, targetLines, "zh-CN"),
                    "xliff", BilingualFileWriter.xliff20(sourceLines, targetLines, "zh"),
                    "tmx", BilingualFileWriter.tmx(sourceLines, targetLines, "zh-CN"),
                    "tsv", BilingualFileWriter.tsv(sourceLines, targetLines, "zh"));
            for (String format : FORMATS) {
                Path file = dir.resolve(name + "." + format);
                Files.writeString(file, files.get(format));
                inputs.add(new Input.FileInput(file, file.toString()));
            }
        }
        Report report = Fixtures.linter().lint(inputs, InputStream.nullInputStream());
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        report.documents().forEach(d -> byPath.put(d.path(), d));
    }

    private static Path sourceOf(Path target) {
        return target.resolveSibling(target.getFileName().toString().replaceFirst("\\.txt$", ".zh.txt"));
    }

    /** A finding as both kinds of input must give it; the segment id as the line it names. */
    private static String describe(ReportedIssue reported, IntFunction<String> lineOfSegment) {
        return reported.issue().ruleId() + " " + reported.start() + "-" + reported.end() + " "
                + reported.location() + " '" + reported.text() + "' " + reported.issue().message() + " "
                + reported.issue().suggestions()
                + (reported.source() == null ? "" : " source " + reported.source())
                + (reported.segment() == null ? "" : " segment " + lineOfSegment.apply(Integer.parseInt(reported.segment())));
    }

    @TestFactory
    List<DynamicTest> everyFormatGivesTheFindingsOfTheTextPair() {
        List<DynamicTest> tests = new ArrayList<>();
        int segments = 0;
        int findings = 0;
        for (Path target : pairs) {
            DocumentResult text = byPath.get(target.toString());
            segments += text.source().segments().size();
            findings += text.issues().size();
            String name = target.getFileName().toString().replaceFirst("\\.txt$", "");
            List<String> expected = text.issues().stream().map(i -> describe(i, n -> "")).toList();
            for (String format : FORMATS) {
                DocumentResult converted = byPath.get(dir.resolve(name + "." + format).toString());
                // TSV segments are named by their line in the file, after the header line
                int header = format.equals("tsv") ? 1 : 0;
                tests.add(DynamicTest.dynamicTest(name + "." + format, () -> {
                    assertEquals("segments", converted.source().aligned().id());
                    assertEquals(text.source().segments(), converted.source().segments(), "the same aligned spans");
                    assertEquals(text.text(), converted.text());
                    List<String> actual = new ArrayList<>();
                    for (ReportedIssue issue : converted.issues()) {
                        assertEquals(issue.location().line() + header, Integer.parseInt(issue.segment()), "the segment is its line");
                        actual.add(describe(issue, n -> "").replaceFirst(" segment $", ""));
                    }
                    assertEquals(String.join("\n", expected), String.join("\n", actual));
                }));
            }
        }
        assertEquals(331, segments, "the samples' pair and the WMT21 fixture");
        assertTrue(findings > 50, "findings to compare: " + findings);
        return tests;
    }
}
