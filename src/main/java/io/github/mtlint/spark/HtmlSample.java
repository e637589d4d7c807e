package io.github.mtlint.spark;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.render.Renderer;
import io.github.mtlint.render.Renderers;
import io.github.mtlint.report.Report;
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.UnreadableInputException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

/**
 * The HTML review page of the lowest-scoring documents. The page needs each document's text and sentences, which the
 * tables do not hold, so the driver checks the chosen documents again, with the same engine and as the CLI does
 * (they are few), and renders that report with the CLI's HTML renderer.
 */
final class HtmlSample {

    private HtmlSample() {
    }

    static void write(EngineSettings settings, DocumentLimits limits, Dataset<Row> texts, FileContents files, Dataset<Row> checked, int size,
                      Path file, PrintWriter warnings) throws JobException, ConfigException {
        List<String> ids = checked.filter(col("score").isNotNull())
                .orderBy(col("score").asc(), col(Schemas.ID).asc()).limit(size)
                .select(col(Schemas.ID)).collectAsList().stream().map(r -> r.getString(0)).toList();
        List<Row> chosen = new ArrayList<>(texts.filter(col(Schemas.ID).isin(ids.toArray()))
                .select(col(Schemas.ID), col(Schemas.TEXT), col(Schemas.PATH), col(Schemas.SOURCE_ID), col(Schemas.SOURCE),
                        col(Schemas.SOURCE_PATH), col(Schemas.SOURCE_LANGUAGE)).collectAsList());
        chosen.sort(Comparator.comparingInt(r -> ids.indexOf(r.getString(0))));
        Linter linter = ExecutorEngine.linter(settings, limits);
        Renderer html = Renderers.byName("html").orElseThrow();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("mtlint-html-sample");
            List<Input> inputs = new ArrayList<>();
            for (Row row : chosen) {
                String id = row.getString(0);
                // the copy keeps the extension, which tells the linter an XLIFF, TMX or TSV file from a text
                Path copy = folder.resolve(inputs.size() + extension(id));
                try {
                    Files.write(copy, files.bytes(row.getString(1), row.getString(2), id));
                } catch (UnreadableInputException e) {
                    warnings.println("mtlint: --html-sample: " + id + ": " + e.getMessage() + "; left out of the page");
                    continue;
                }
                Input.FileInput input = new Input.FileInput(copy, id);
                if (!row.isNullAt(4) || !row.isNullAt(5)) {
                    Path source = folder.resolve(inputs.size() + ".source.txt");
                    try {
                        Files.write(source, files.bytes(row.getString(4), row.getString(5), row.getString(3)));
                        input = input.withSource(new Input.SourceRef(source, row.getString(3), row.getString(6)));
                    } catch (UnreadableInputException e) {
                        // as the job checked it: the translation on its own
                        warnings.println("mtlint: --html-sample: source of " + id + ": " + e.getMessage()
                                + "; the page shows the translation alone");
                    }
                }
                inputs.add(input);
            }
            Report report = linter.lint(inputs, InputStreamOfNothing.INSTANCE);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                html.render(report, out);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new JobException("--html-sample: cannot write " + file + ": " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    private static String extension(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? ".txt" : name.substring(dot);
    }

    /** The linter reads standard input only for "-", which the sample never holds. */
    private static final class InputStreamOfNothing {
        static final java.io.InputStream INSTANCE = java.io.InputStream.nullInputStream();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the job for
        }
    }
}
