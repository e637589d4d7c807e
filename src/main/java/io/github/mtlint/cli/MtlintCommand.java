package io.github.mtlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;

/** {@code mtlint}: the top-level command; the work is in its subcommands. */
@Command(name = "mtlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Quality checker for machine-translated English news: finds what the machine broke, "
                + "scores it with MQM, and reports for people (text, HTML) and CI (JSON, SARIF, JUnit, GitHub).",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 pass; 1 gate failed (--fail-on, --min-score); 2 usage, configuration, "
                + "rule-file error or unreadable input; 3 internal error.",
                "Run 'mtlint COMMAND --help' for a command's options."})
final class MtlintCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    static CommandLine commandLine(InputStream stdin) {
        CommandLine cli = new CommandLine(new MtlintCommand());
        cli.addSubcommand(new CheckCommand(stdin));
        cli.addSubcommand(new RulesCommand());
        cli.addSubcommand(new ExplainCommand());
        cli.addSubcommand(new ServeCommand());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            String message = ex.getMessage().startsWith("Error: ") ? ex.getMessage().substring("Error: ".length()) : ex.getMessage();
            cmd.getErr().println("mtlint: " + message);
            if (ex instanceof CommandLine.MissingParameterException && message.contains("--format")) {
                cmd.getErr().println("-o FILE writes the report of the -f FORMAT before it: -f json -o report.json");
            }
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE_OR_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("mtlint: internal error: " + ex);
            if (System.getenv("MTLINT_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set MTLINT_DEBUG=1 for the stack trace, and please report it)");
            }
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    /** {@code mtlint} alone: usage on standard error, and the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE_OR_INPUT;
    }
}
