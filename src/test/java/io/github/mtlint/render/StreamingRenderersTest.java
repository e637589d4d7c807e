package io.github.mtlint.render;

import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each format streamed a document at a time, with its spools in temporary files as a run has them, writes the bytes
 * of the golden file, which the whole-run renderer of before streaming wrote; and the formats whose findings can go
 * out as they come (text, GitHub annotations, JSON's files) have the first document's out before the second comes.
 */
class StreamingRenderersTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"text, report.txt", "json, report.json", "sarif, report.sarif", "junit, report.xml", "github, report.github",
            "html, report.html"})
    void aStreamedReportIsTheWholeRunsReport(String format, String golden) throws Exception {
        assertStreamedAsGolden(format, golden, ReportFixture::report);
    }

    @ParameterizedTest
    @CsvSource({"text, bilingual.txt", "json, bilingual.json", "sarif, bilingual.sarif", "junit, bilingual.xml",
            "github, bilingual.github", "html, bilingual.html"})
    void aStreamedBilingualReportIsTheWholeRunsReport(String format, String golden) throws Exception {
        assertStreamedAsGolden(format, golden, BilingualReportFixture::report);
    }

    @ParameterizedTest
    @CsvSource({"text, xliff.txt", "json, xliff.json", "sarif, xliff.sarif", "junit, xliff.xml", "github, xliff.github",
            "html, xliff.html"})
    void aStreamedFileReportIsTheWholeRunsReport(String format, String golden) throws Exception {
        assertStreamedAsGolden(format, golden, FileReportFixture::report);
    }

    @ParameterizedTest
    @CsvSource({"text", "json", "github"})
    void theFirstDocumentsFindingsAreWrittenBeforeTheSecondComes(String format) throws Exception {
        Report report = ReportFixture.report();
        DocumentResult first = report.documents().stream().filter(d -> !d.issues().isEmpty()).findFirst().orElseThrow();
        StringWriter out = new StringWriter();
        ReportStream stream = Renderers.byName(format).orElseThrow().start(report.header(), out, Spool.spilling(0));
        stream.document(first);
        ReportedIssue finding = first.issues().get(0);
        String expected = switch (format) {
            case "text" -> TextRenderer.line(first.path(), finding);
            case "json" -> "\"fingerprint\" : \"" + finding.fingerprint() + "\"";
            default -> GithubRenderer.data(finding.issue().message());
        };
        assertTrue(out.toString().contains(expected), out::toString);
        stream.finish(report.totals());
    }

    @ParameterizedTest
    @CsvSource({"text", "json", "sarif", "junit", "github"})
    void theFormatsThatStreamDoNotHoldTheRun(String format) {
        assertFalse(Renderers.byName(format).orElseThrow().holdsTheRun());
    }

    private static void assertStreamedAsGolden(String format, String golden, Supplier<Report> fixture) throws Exception {
        Report report = fixture.get();
        Renderer renderer = Renderers.byName(format).orElseThrow();
        StringWriter streamed = new StringWriter();
        ReportStream stream = renderer.start(report.header(), streamed, Spool.spilling(0));
        for (DocumentResult document : report.documents()) {
            stream.document(document);
        }
        stream.finish(report.totals());
        StringWriter whole = new StringWriter();
        renderer.render(report, whole);
        assertEquals(Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8), streamed.toString(),
                format + " streamed differs from " + golden);
        assertEquals(whole.toString(), streamed.toString());
    }
}
