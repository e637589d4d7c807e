package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.render.JsonRenderer;
import io.github.mtlint.render.TextRenderer;
import io.github.mtlint.testing.ReportSchema;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.InputCollector;
import io.github.mtlint.text.SourceFinder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each article in samples/ against its list of expected findings (samples/NAME.expected.tsv: rule and flagged
 * text per line, line breaks written \n): every expected finding is reported, and nothing else is. The samples are
 * checked with their client glossary, samples/glossary.tsv.
 */
class SamplesEndToEndTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path GLOSSARY = SAMPLES.resolve("glossary.tsv");

    private static Report report;

    private static synchronized Report report() throws IOException {
        if (report == null) {
            // as the command line collects them: NAME.zh.txt is the source of NAME.txt, not an input of its own
            List<Input> inputs = new SourceFinder(null, null).pair(
                    new InputCollector(List.of(), List.of()).collect(List.of(SAMPLES.toString())), List.of(SAMPLES.toString()));
            // with the samples' client glossary, as 'mtlint check --glossary samples/glossary.tsv samples/' runs
            report = Fixtures.linterWithGlossaries(List.of(GLOSSARY)).lint(inputs, InputStream.nullInputStream());
        }
        return report;
    }

    /** The well-edited articles: no major finding, and they pass. Named, so that a rename fails instead of passing. */
    private static final List<String> WELL_EDITED = List.of("samples/clean_article.txt", "samples/sports_austria_australia.txt");
    private static final String SEED = "samples/xi_central_asia.txt";

    private static DocumentResult document(String path) throws IOException {
        List<DocumentResult> documents = report().documents();
        return documents.stream().filter(d -> d.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " was not checked; the samples are "
                        + documents.stream().map(DocumentResult::path).toList()));
    }

    @TestFactory
    List<DynamicTest> everySampleYieldsExactlyItsExpectedFindings() throws IOException {
        List<Path> expectedFiles;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            expectedFiles = files.filter(f -> f.toString().endsWith(".expected.tsv")).sorted().toList();
        }
        // each list has its article and each article its list: a sample that disappears, or is renamed, fails
        assertTrue(expectedFiles.size() >= 7, "samples/ should hold the 7 articles with their expected findings: " + expectedFiles);
        assertEquals(expectedFiles.stream().map(f -> f.toString().replaceFirst("\\.expected\\.tsv$", ".txt")).toList(),
                report().documents().stream().map(DocumentResult::path).sorted().toList(),
                "every samples/NAME.txt needs samples/NAME.expected.tsv, and the other way round");
        assertTrue(report().errors().isEmpty(), "errors: " + report().errors());
        List<DynamicTest> tests = new ArrayList<>();
        for (DocumentResult document : report().documents()) {
            Path expectedFile = Path.of(document.path().replaceFirst("\\.txt$", ".expected.tsv"));
            tests.add(DynamicTest.dynamicTest(document.path(), () -> {
                List<String> expected = Files.readAllLines(expectedFile).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
                List<String> actual = document.issues().stream()
                        .map(i -> i.issue().ruleId() + "\t" + i.text().replace("\\", "\\\\").replace("\n", "\\n")).sorted().toList();
                assertEquals(String.join("\n", expected), String.join("\n", actual), "findings in " + document.path());
            }));
        }
        return tests;
    }

    @Test
    void theSamplesJsonReportConformsToTheSchema() throws IOException {
        StringWriter json = new StringWriter();
        new JsonRenderer().render(report(), json);
        ReportSchema.assertValid(json.toString());
    }

    @Test
    void wellEditedArticlesHaveNoMajorFinding() throws IOException {
        for (String path : WELL_EDITED) {
            DocumentResult document = document(path);
            List<ReportedIssue> major = document.issues().stream()
                    .filter(i -> i.issue().severity().atLeast(Severity.MAJOR)).toList();
            assertTrue(major.isEmpty(), document.path() + ": " + major);
            assertTrue(document.score().passed(), document.path() + " scores " + document.score().score());
        }
    }

    @Test
    void theSeedArticleFailsWithItsConfusionsAndNameErrorsFound() throws IOException {
        DocumentResult seed = document(SEED);
        assertTrue(!seed.score().passed());
        List<String> entity = seed.issues().stream().filter(i -> i.issue().ruleId().startsWith("entity."))
                .map(i -> i.text() + " -> " + i.issue().suggestions()).toList();
        assertEquals(List.of("China-Ukraine -> [China-Uzbekistan]", "Zaparov -> [Japarov]",
                "Shcherdar Berdymukhamedov -> [Serdar Berdimuhamedov]", "Ukrainian -> [Uzbek]"), entity);
    }

    /** Every line of the text report the README quotes (a line starting "samples/") is one the samples give now. */
    @Test
    void theReadmeQuotesTheSamplesRealOutput() throws IOException {
        StringWriter text = new StringWriter();
        new TextRenderer().render(report(), text);
        List<String> output = text.toString().lines().toList();
        List<String> quoted = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("samples/")).toList();
        assertTrue(quoted.stream().anyMatch(l -> l.startsWith(SEED + ": ")), "README.md should show the seed article's summary line");
        assertTrue(quoted.size() >= 6, "README.md should quote findings of the seed article and of the bilingual sample: " + quoted);
        for (String line : quoted) {
            assertTrue(output.contains(line), "README.md quotes a line the samples no longer give:\n" + line
                    + "\nthe report's lines for that file:\n" + String.join("\n", output.stream()
                    .filter(l -> l.startsWith(line.substring(0, line.indexOf(':') + 1))).toList()));
        }
    }
}
