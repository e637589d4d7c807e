package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.render.TextRenderer;
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

    @TestFactory
    List<DynamicTest> everySampleYieldsExactlyItsExpectedFindings() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (DocumentResult document : report().documents()) {
            Path expectedFile = Path.of(document.path().replaceFirst("\\.txt$", ".expected.tsv"));
            tests.add(DynamicTest.dynamicTest(document.path(), () -> {
                assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
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
    void wellEditedArticlesHaveNoMajorFinding() throws IOException {
        for (DocumentResult document : report().documents()) {
            if (document.path().contains("clean_") || document.path().contains("sports_")) {
                List<ReportedIssue> major = document.issues().stream()
                        .filter(i -> i.issue().severity().atLeast(Severity.MAJOR)).toList();
                assertTrue(major.isEmpty(), document.path() + ": " + major);
                assertTrue(document.score().passed(), document.path() + " scores " + document.score().score());
            }
        }
    }

    @Test
    void theSeedArticleFailsWithItsConfusionsAndNameErrorsFound() throws IOException {
        DocumentResult seed = report().documents().stream().filter(d -> d.path().endsWith("xi_central_asia.txt"))
                .findFirst().orElseThrow();
        assertTrue(!seed.score().passed());
        List<String> entity = seed.issues().stream().filter(i -> i.issue().ruleId().startsWith("entity."))
                .map(i -> i.text() + " -> " + i.issue().suggestions()).toList();
        assertEquals(List.of("China-Ukraine -> [China-Uzbekistan]", "Zaparov -> [Japarov]",
                "Shcherdar Berdymukhamedov -> [Serdar Berdimuhamedov]", "Ukrainian -> [Uzbek]"), entity);
    }

    @Test
    void theReadmeShowsTheSeedArticlesRealOutput() throws IOException {
        StringWriter text = new StringWriter();
        new TextRenderer().render(report(), text);
        String readme = Files.readString(Path.of("README.md"));
        for (String line : text.toString().lines().filter(l -> l.startsWith("samples/xi_central_asia.txt")).toList()) {
            if (readme.contains(line.substring(0, Math.min(line.length(), 60)))) {
                assertTrue(readme.contains(line), "README.md quotes an outdated line; it now reads:\n" + line);
            }
        }
        assertTrue(readme.contains("samples/xi_central_asia.txt: "), "README.md should show the seed article's summary line");
    }
}
