package io.github.mtlint.cli;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.model.UserCache;
import io.github.mtlint.server.CheckOptions;
import io.github.mtlint.setup.EngineOptions;
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.setup.RunSettings;
import io.github.mtlint.server.MtlintServer;
import io.github.mtlint.text.PairedText;
import io.github.mtlint.text.SourceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mtlint serve}: keeps mtlint warm behind an HTTP server (LanguageTool's API, mtlint's own, a web page). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Serve mtlint over HTTP: LanguageTool's API (POST /v2/check, GET /v2/languages), mtlint's own "
                + "(POST /v1/check: the JSON report), a page to paste a text into (/) and GET /health.",
        footer = {"", "Examples:",
                "  mtlint serve                      # http://127.0.0.1:8081/",
                "  mtlint serve --port 8010 --workers 4",
                "  mtlint serve --config project/mtlint.yml --glossary terms.tbx",
                "", "Stop it with Ctrl-C or SIGTERM: it stops accepting and answers the requests under way first."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default 127.0.0.1: this machine only).")
    private String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Port (default 8081, LanguageTool's; 0 picks a free one).")
    private int port = 8081;

    @Option(names = "--workers", paramLabel = "N", description = "Checks run at the same time (default: the number of processors).")
    private Integer workers;

    @Option(names = "--queue", paramLabel = "N", description = "Checks that may wait for a worker; more are refused with 503 (default 16).")
    private int queue = 16;

    @Option(names = "--max-request-size", paramLabel = "BYTES", description = "Larger requests are refused with 413 (default 2000000).")
    private int maxRequestBytes = 2_000_000;

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", description = "How long stopping waits for checks under way (default 30).")
    private int stopSeconds = 30;

    /** The project's rules, glossaries and scoring, as {@code check} takes them; each request may switch rules on and off. */
    @CommandLine.Mixin
    private EngineOptions engineOptions = new EngineOptions();

    /** A short text every worker checks before the server opens, to build its LanguageTool. */
    private static final String WARM_UP_TEXT = "The two sides signed a cooperation agreement in Beijing on Friday.\n";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int workerCount = workers != null ? workers : RunSettings.defaultThreads();
        MtlintServer.Settings settings;
        try {
            settings = new MtlintServer.Settings(host, port, workerCount, queue, maxRequestBytes, Duration.ofSeconds(stopSeconds));
        } catch (IllegalArgumentException e) {
            err.println("mtlint: " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
        EngineChecker checker;
        MtlintServer server;
        try {
            EngineSettings engine = EngineSettings.resolve(engineOptions.options(),
                    EngineSettings.projectConfig(engineOptions.config()), LocalDate.now());
            engine.warmUp(UserCache.folderOfThisUser());
            checker = new EngineChecker(engine);
            checker.prepare();
            server = MtlintServer.start(settings, checker, VersionProvider.version(), err);
        } catch (ConfigException | IOException e) {
            err.println("mtlint: " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
        Thread stopper = new Thread(server::stop, "mtlint-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            server.warmUp(() -> checker.check(List.of(PairedText.alone(SourceText.of("warm-up", WARM_UP_TEXT))), CheckOptions.defaults()));
            err.println("mtlint serve: listening on " + server.uri() + " (" + workerCount + " workers)");
            err.flush();
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return ExitCodes.PASS;
    }
}
