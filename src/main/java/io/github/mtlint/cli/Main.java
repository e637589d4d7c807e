package io.github.mtlint.cli;

import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** Entry point; the only caller of {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt checkedInTunedJvm = TunedJvm.runCheckInTunedJvm(args);
        if (checkedInTunedJvm.isPresent()) {
            System.exit(checkedInTunedJvm.getAsInt());
        }
        TunedJvm.endWithTheFirstJvm();
        // not System.out, a PrintStream that swallows write errors: a full disk must not pass for a report written
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line and returns its exit code; tests call this with captured streams. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = MtlintCommand.commandLine(stdin);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }
}
