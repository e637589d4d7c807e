package io.github.mtlint.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every renderer against its golden file, byte for byte (no timestamps, no absolute paths, \n line ends), and the
 * same bytes on a second rendering. After an intended change, regenerate with -Dmtlint.updateGolden=true and review
 * the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"text, report.txt", "json, report.json", "html, report.html", "sarif, report.sarif", "junit, report.xml",
            "github, report.github"})
    void rendersExactlyTheGoldenFile(String format, String file) throws Exception {
        assertGolden(format, file, ReportFixture.render(format), ReportFixture.render(format));
    }

    /** A document beside its source. */
    @ParameterizedTest
    @CsvSource({"text, bilingual.txt", "json, bilingual.json", "html, bilingual.html", "sarif, bilingual.sarif", "junit, bilingual.xml", "github, bilingual.github"})
    void rendersABilingualReportExactlyAsTheGoldenFile(String format, String file) throws Exception {
        assertGolden(format, file, BilingualReportFixture.render(format), BilingualReportFixture.render(format));
    }

    /** An XLIFF file: findings at segments, and a malformed file beside it. */
    @ParameterizedTest
    @CsvSource({"text, xliff.txt", "json, xliff.json", "html, xliff.html", "sarif, xliff.sarif", "junit, xliff.xml", "github, xliff.github"})
    void rendersABilingualFileReportExactlyAsTheGoldenFile(String format, String file) throws Exception {
        assertGolden(format, file, FileReportFixture.render(format), FileReportFixture.render(format));
    }

    private static void assertGolden(String format, String file, String rendered, String again) throws Exception {
        assertEquals(rendered, again, "rendering is not stable");
        assertFalse(rendered.contains("\r"), "CR in output");
        assertFalse(rendered.contains(System.getProperty("java.io.tmpdir")), "temporary path in output");
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("mtlint.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered, format + " differs from " + golden);
    }
}
