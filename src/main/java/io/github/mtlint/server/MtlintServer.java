package io.github.mtlint.server;

import io.github.mtlint.model.CheckingThreads;
import io.github.mtlint.render.HtmlRenderer;
import io.github.mtlint.report.Report;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code mtlint serve}: an HTTP server (Jetty) answering LanguageTool's API ({@code /v2/check}, {@code /v2/languages}),
 * mtlint's own ({@code /v1/check}), a page to paste a text into ({@code /}, {@code /review}) and {@code /health}.
 * Checks run on a fixed pool of long-lived workers, each keeping its LanguageTool between requests; when every worker
 * is busy and the queue is full the server answers 503 at once. Stopping waits for the requests under way.
 */
public final class MtlintServer {

    /**
     * @param workers         checks run at the same time
     * @param queue           checks that may wait for a worker; more are refused with 503
     * @param maxRequestBytes larger request bodies are refused with 413
     * @param stopTimeout     how long stopping waits for the requests under way
     */
    public record Settings(String host, int port, int workers, int queue, int maxRequestBytes, Duration stopTimeout) {

        public Settings {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port " + port + ": a port is 0 (any free one) to 65535");
            }
            if (workers < 1 || queue < 0 || maxRequestBytes < 1) {
                throw new IllegalArgumentException("bad server settings: workers " + workers + " (at least 1), queue " + queue
                        + " (0 or more), request limit " + maxRequestBytes + " bytes (at least 1)");
            }
        }
    }

    private static final String JSON = "application/json";
    private static final String HTML = "text/html";
    private static final String ACCESS_LOG_FORMAT = "%{client}a %t \"%r\" %s %O %{ms}Tms";

    private final Settings settings;
    private final TextChecker checker;
    private final String version;
    private final LanguageToolApi languageTool;
    private final MtlintApi mtlint;
    private final ThreadPoolExecutor workers;
    private final Server jetty;
    private final ServerConnector connector;

    private MtlintServer(Settings settings, TextChecker checker, String version, PrintWriter accessLog) {
        this.settings = settings;
        this.checker = checker;
        this.version = version;
        this.languageTool = new LanguageToolApi(checker, version);
        this.mtlint = new MtlintApi(checker);
        BlockingQueue<Runnable> waiting = settings.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.queue());
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS, waiting,
                CheckingThreads.named("mtlint-serve-"), new ThreadPoolExecutor.AbortPolicy());
        QueuedThreadPool httpThreads = new QueuedThreadPool(Math.max(16, 4 * settings.workers() + 8));
        httpThreads.setName("mtlint-http");
        this.jetty = new Server(httpThreads);
        this.connector = new ServerConnector(jetty, 1, 1);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        jetty.addConnector(connector);
        jetty.setHandler(new GracefulHandler(new Routes()));
        jetty.setStopTimeout(settings.stopTimeout().toMillis());
        jetty.setRequestLog(new CustomRequestLog(line -> {
            synchronized (accessLog) {
                accessLog.println(line);
                accessLog.flush();
            }
        }, ACCESS_LOG_FORMAT));
    }

    /** Starts serving; the port is the one asked for, or a free one for port 0. */
    public static MtlintServer start(Settings settings, TextChecker checker, String version, PrintWriter accessLog)
            throws IOException {
        MtlintServer server = new MtlintServer(settings, checker, version, accessLog);
        try {
            server.jetty.start();
        } catch (IOException e) {
            server.workers.shutdownNow();
            if (e.getCause() instanceof java.net.BindException) {
                // Jetty says "Failed to bind to /127.0.0.1:8081"; the cause says why
                throw new IOException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                        + e.getCause().getMessage() + " (is another server using the port? choose another with --port)", e);
            }
            throw e;
        } catch (Exception e) {
            server.workers.shutdownNow();
            throw new IOException("cannot start the server on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        return server;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Runs the task once on every worker (each builds what it keeps, such as its LanguageTool), and waits for all. */
    public void warmUp(Runnable task) throws InterruptedException {
        int count = settings.workers();
        CountDownLatch allStarted = new CountDownLatch(count);
        CountDownLatch done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            workers.execute(() -> {
                try {
                    // every worker holds one task until all have one, so each thread runs it once
                    allStarted.countDown();
                    allStarted.await();
                    task.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
    }

    /** Stops accepting, answers every request under way (up to the stop timeout), then stops the workers. */
    public void stop() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // a request that outlived the stop timeout: its client gets a closed connection
        }
        workers.shutdown();
        try {
            workers.awaitTermination(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    /** An answer: status, content type, body. */
    private record Reply(int status, String contentType, String body) {

        static Reply error(int status, String message) {
            return new Reply(status, "text/plain", "Error: " + message + "\n");
        }
    }

    /** The work of a check request, run on a worker after the body was read and parsed. */
    @FunctionalInterface
    private interface Job {
        Reply run() throws HttpError;
    }

    private final class Routes extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            try {
                switch (path) {
                    case "/health" -> requireMethod(method, "GET", () -> send(response, callback, health()));
                    case "/" -> requireMethod(method, "GET", () -> send(response, callback, new Reply(200, HTML, page())));
                    case "/v2/languages" -> requireMethod(method, "GET",
                            () -> send(response, callback, new Reply(200, JSON, LanguageToolApi.languages())));
                    case "/v2/check" -> {
                        if (!method.equals("POST") && !method.equals("GET")) {
                            throw HttpError.methodNotAllowed("POST", "GET");
                        }
                        LanguageToolApi.Request parsed = languageTool.parse(form(request));
                        submit(response, callback, () -> new Reply(200, JSON, languageTool.answer(parsed)));
                    }
                    case "/v1/check" -> requireMethod(method, "POST", () -> {
                        MtlintApi.Request parsed = mtlint.parse(form(request));
                        submit(response, callback, () -> {
                            MtlintApi.Answer answer = mtlint.answer(parsed);
                            return new Reply(200, answer.contentType(), answer.body());
                        });
                    });
                    case "/review" -> requireMethod(method, "POST", () -> {
                        MtlintApi.Request parsed = mtlint.parse(form(request));
                        submit(response, callback, () -> {
                            Report report = mtlint.check(parsed);
                            return new Reply(200, HTML, MtlintApi.render(new HtmlRenderer(), report));
                        });
                    });
                    default -> throw new HttpError(404, "no such page: " + path);
                }
            } catch (HttpError e) {
                if (!e.allowed().isEmpty()) {
                    response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", e.allowed()));
                }
                send(response, callback, Reply.error(e.status(), e.getMessage()));
            }
            return true;
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws HttpError;
    }

    /** A page read with GET may be asked for with HEAD too, which gets its headers (Jetty sends no body). */
    private static void requireMethod(String method, String allowed, Action action) throws HttpError {
        boolean head = method.equals("HEAD") && allowed.equals("GET");
        if (!method.equals(allowed) && !head) {
            throw allowed.equals("GET") ? HttpError.methodNotAllowed("GET", "HEAD") : HttpError.methodNotAllowed(allowed);
        }
        action.run();
    }

    /** Hands the job to a worker, or answers 503 at once when none is free and the queue is full. */
    private void submit(Response response, Callback callback, Job job) {
        try {
            workers.execute(() -> {
                Reply reply;
                try {
                    reply = job.run();
                } catch (HttpError e) {
                    reply = Reply.error(e.status(), e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    reply = Reply.error(500, "internal error: " + e);
                }
                send(response, callback, reply);
            });
        } catch (RejectedExecutionException e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            send(response, callback, Reply.error(503, "all " + settings.workers() + " workers are busy; try again"));
        }
    }

    private static void send(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType() + "; charset=utf-8");
        Content.Sink.write(response, true, reply.body(), callback);
    }

    /** The query string and the form body, which may not exceed the request limit. */
    private Form form(Request request) throws HttpError {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > settings.maxRequestBytes()) {
            throw tooLarge();
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String body = "";
        if (declared != 0) {
            if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                throw new HttpError(415, "send the fields as application/x-www-form-urlencoded");
            }
            try (InputStream in = Content.Source.asInputStream(request)) {
                byte[] bytes = in.readNBytes(settings.maxRequestBytes() + 1);
                if (bytes.length > settings.maxRequestBytes()) {
                    throw tooLarge();
                }
                body = new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw HttpError.badRequest("cannot read the request: " + e.getMessage());
            }
        }
        return Form.parse(request.getHttpURI().getQuery(), body);
    }

    private HttpError tooLarge() {
        return new HttpError(413, "the request is larger than " + settings.maxRequestBytes() + " bytes");
    }

    private Reply health() {
        return new Reply(200, JSON, "{\"status\":\"ok\",\"version\":\"" + version + "\",\"workers\":" + settings.workers()
                + ",\"active\":" + workers.getActiveCount() + ",\"queued\":" + workers.getQueue().size() + "}");
    }

    private static String page() {
        try (InputStream in = MtlintServer.class.getResourceAsStream("index.html")) {
            if (in == null) {
                throw new IllegalStateException("index.html missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
