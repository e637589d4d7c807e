package io.github.mtlint.render;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.Report;
import io.github.mtlint.text.Input;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small, fixed run for renderer tests: findings that overlap, markup in the text, emoji, CRLF, a clean file, an error. */
final class ReportFixture {

    static final String DAMAGED = "Heads of state meet in Samarkand\r\n\r\n"
            + "SAMARKAND, Sept. 16, 2022 -- The talks were fruitful and fruitful, the the leaders said. "
            + "It was a landmark A meaningful visit 😀 with 146000 guests.\r\n"
            + "They wrote <script>window.__mtlintXss = 1</script> and <img src=x onerror=\"window.__mtlintXss = 2\"> "
            + "on the board & left ■ it there\r\n";
    static final String CLEAN = "Leaders meet in Samarkand\n\nSAMARKAND, Sept. 16, 2022 -- The leaders met on Friday. "
            + "They discussed trade and energy.\n";

    private static Report report;

    private ReportFixture() {
    }

    static synchronized Report report() {
        if (report == null) {
            try {
                Path dir = Files.createTempDirectory("mtlint-golden");
                Path damaged = dir.resolve("damaged.txt");
                Path clean = dir.resolve("clean.txt");
                Files.writeString(damaged, DAMAGED, StandardCharsets.UTF_8);
                Files.writeString(clean, CLEAN, StandardCharsets.UTF_8);
                report = Fixtures.linter().lint(List.of(new Input.FileInput(damaged, "articles/damaged.txt"),
                        new Input.FileInput(clean, "articles/clean.txt"),
                        new Input.Missing("articles/missing.txt", "no such file or directory")), InputStream.nullInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return report;
    }

    static String render(String format) {
        return render(report(), format);
    }

    /** A report in a format, as the renderer writes it; the other fixtures render theirs with it too. */
    static String render(Report report, String format) {
        StringWriter out = new StringWriter();
        try {
            Renderers.byName(format).orElseThrow().render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
