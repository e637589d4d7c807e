package io.github.mtlint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.mtlint.testing.ReportSchema;

/** One run of the command line as users start it, with its exit code and what it wrote; for the CLI tests. */
record CommandRun(int code, String out, String err) {

    static CommandRun run(String... args) {
        return runWithInput("", args);
    }

    static CommandRun runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        CommandRun run = new CommandRun(code, out.toString(), err.toString());
        run.assertJsonReportsConform(args);
        return run;
    }

    /**
     * Every JSON report a successful run wrote ({@code -f json}, to a file or as the only report on standard output)
     * conforms to docs/report.schema.json. A run that exits 2 may have refused to write (its {@code -o} may even be
     * an input), so only what it wrote that looks like JSON is checked; exit codes 0, 1 and 3 come with reports.
     */
    private void assertJsonReportsConform(String[] args) {
        if (args.length == 0 || !args[0].equals("check")) {
            return;
        }
        boolean mayLackReports = code == ExitCodes.USAGE_OR_INPUT;
        int formats = 0;
        boolean jsonToStandardOutput = false;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-f") || args[i].equals("--format")) {
                formats++;
                boolean toFile = i + 3 < args.length && (args[i + 2].equals("-o") || args[i + 2].equals("--output"));
                if (args[i + 1].equals("json")) {
                    if (toFile) {
                        Path report = Path.of(args[i + 3]);
                        String json;
                        try {
                            json = mayLackReports && !Files.isRegularFile(report) ? "" : Files.readString(report);
                        } catch (IOException e) {
                            throw new AssertionError("the JSON report " + report + " cannot be read: " + e.getMessage(), e);
                        }
                        if (!mayLackReports || json.startsWith("{")) {
                            ReportSchema.assertValid(json);
                        }
                    } else {
                        jsonToStandardOutput = true;
                    }
                }
            }
        }
        if (jsonToStandardOutput && formats == 1 && (!mayLackReports || out.startsWith("{"))) {
            ReportSchema.assertValid(out);
        }
    }

    /** Writes a file below {@code dir}, creating its folders. */
    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
