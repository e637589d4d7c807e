package io.github.mtlint.server;

import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.Summary;
import io.github.mtlint.score.MqmScore;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.TextToCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's HTTP behaviour, with a checker the test holds: limits, errors, saturation, shutdown, access log. */
class MtlintServerTest {

    /** Blocks each check until the test releases it, and counts the checks that started. */
    private static final class HeldChecker implements TextChecker {
        final Semaphore started = new Semaphore(0);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger checks = new AtomicInteger();
        volatile List<ProcessingError> errors = List.of();

        @Override
        public Report check(List<? extends TextToCheck> texts, CheckOptions options) {
            checks.incrementAndGet();
            started.release();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Report("test", ScoringModel.standard(), List.of(), errors,
                    new Summary(0, 0, 0, Map.of(), new MqmScore(0, 0, 0, 100, true), 0), new TreeMap<>());
        }

        @Override
        public boolean knowsRule(String pattern) {
            return true;
        }
    }

    private final HeldChecker checker = new HeldChecker();
    private final StringWriter accessLog = new StringWriter();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private MtlintServer server;

    private MtlintServer start(int workers, int queue, int maxBytes) throws IOException {
        server = MtlintServer.start(new MtlintServer.Settings("127.0.0.1", 0, workers, queue, maxBytes, Duration.ofSeconds(20)),
                checker, "test", new PrintWriter(accessLog, true));
        return server;
    }

    @AfterEach
    void stop() {
        checker.release.countDown();
        if (server != null) {
            server.stop();
        }
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    @Test
    void refusesARequestLargerThanTheLimitWith413() throws Exception {
        start(1, 1, 1000);
        HttpResponse<String> response = send(post("/v1/check", form("text", "a".repeat(2000))));
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("larger than 1000 bytes"), response.body());
        assertEquals(0, checker.checks.get());
        checker.release.countDown();
        assertEquals(200, send(post("/v1/check", form("text", "a short text"))).statusCode(), "a request under the limit is answered");
    }

    @Test
    void aCheckCutShortIsMarkedIncompleteAsLanguageToolMarksIt() throws Exception {
        start(1, 1, 10_000);
        checker.release.countDown();
        String form = form("text", "The talks went well.", "language", "en-US");
        assertTrue(send(post("/v2/check", form)).body().contains("\"incompleteResults\":false"));
        checker.errors = List.of(ProcessingError.internal("text",
                "the analysis ran out of the document's time budget (60 s of processor time)"));
        HttpResponse<String> cutShort = send(post("/v2/check", form));
        assertEquals(200, cutShort.statusCode());
        assertTrue(cutShort.body().contains("\"incompleteResults\":true"), cutShort.body());
    }

    @Test
    void aPortInUseOrOutOfRangeIsNamedInTheError() throws Exception {
        start(1, 1, 1000);
        IOException inUse = assertThrows(IOException.class, () -> MtlintServer.start(new MtlintServer.Settings("127.0.0.1",
                server.port(), 1, 1, 1000, Duration.ofSeconds(1)), checker, "test", new PrintWriter(new StringWriter())));
        assertTrue(inUse.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port() + ": "), inUse.getMessage());
        assertTrue(inUse.getMessage().contains("another server"), inUse.getMessage());
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> new MtlintServer.Settings("127.0.0.1", 99999, 1, 1, 1000, Duration.ofSeconds(1)));
        assertTrue(outOfRange.getMessage().startsWith("--port 99999: "), outOfRange.getMessage());
    }

    @Test
    void malformedFormDataIs400WithTheReason() throws Exception {
        start(1, 1, 1000);
        HttpResponse<String> badEscape = send(post("/v2/check", "language=en-US&text=50%zz"));
        assertEquals(400, badEscape.statusCode());
        assertTrue(badEscape.body().startsWith("Error: malformed form data"), badEscape.body());
        HttpResponse<String> notUtf8 = send(post("/v2/check", "text=He%20said%20%FF%FE%20it.&language=en-US"));
        assertEquals(400, notUtf8.statusCode());
        assertTrue(notUtf8.body().startsWith("Error: malformed form data: ") && !notUtf8.body().contains("@"), notUtf8.body());
        assertEquals(400, send(post("/v2/check", form("text", "A test."))).statusCode(), "no language");
        assertEquals(400, send(post("/v2/check", form("language", "de-DE", "text", "Ein Test."))).statusCode());
        assertEquals(400, send(post("/v2/check", form("language", "en", "data", "{not json"))).statusCode());
        assertEquals(400, send(post("/v1/check", form("path", "a.txt"))).statusCode(), "no text");
        assertEquals(400, send(post("/v1/check", form("text", "x", "format", "pdf"))).statusCode());
        assertEquals(400, send(post("/v1/check", form("text", "x", "variant", "en-AU"))).statusCode());
        HttpResponse<String> unknownField = send(post("/v1/check", form("text", "x", "glossary", "terms.csv")));
        assertEquals(400, unknownField.statusCode(), "a field /v1 does not know is not ignored silently");
        assertTrue(unknownField.body().contains("unknown field 'glossary'"), unknownField.body());
        assertEquals(404, send(HttpRequest.newBuilder(server.uri().resolve("/nothing")).build()).statusCode());
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(server.uri().resolve("/v1/check")).build());
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""), "a 405 names the methods the page takes");
        HttpResponse<String> postToHealth = send(post("/health", "x=1"));
        assertEquals(405, postToHealth.statusCode());
        assertEquals("GET, HEAD", postToHealth.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> head = send(HttpRequest.newBuilder(server.uri().resolve("/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode(), "a page read with GET answers HEAD");
        assertEquals("", head.body());
        assertEquals(0, checker.checks.get(), "nothing malformed reaches the checker");
    }

    @Test
    void answers503AtOnceWhenEveryWorkerIsBusyAndTheQueueIsFull() throws Exception {
        start(1, 1, 10_000);
        CompletableFuture<HttpResponse<String>> running = client.sendAsync(post("/v1/check", form("text", "one")),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(checker.started.tryAcquire(20, TimeUnit.SECONDS), "the first check runs");
        CompletableFuture<HttpResponse<String>> queued = client.sendAsync(post("/v1/check", form("text", "two")),
                HttpResponse.BodyHandlers.ofString());
        waitForQueued(1);
        HttpResponse<String> refused = send(post("/v1/check", form("text", "three")));
        assertEquals(503, refused.statusCode());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
        assertEquals(200, send(HttpRequest.newBuilder(server.uri().resolve("/health")).build()).statusCode(),
                "health answers while the workers are busy");
        checker.release.countDown();
        assertEquals(200, running.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(200, queued.get(20, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void stoppingAnswersEveryRequestUnderWayAndRefusesNewOnes() throws Exception {
        start(2, 4, 10_000);
        List<CompletableFuture<HttpResponse<String>>> underWay = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            underWay.add(client.sendAsync(post("/v1/check", form("text", "text " + i)), HttpResponse.BodyHandlers.ofString()));
        }
        assertTrue(checker.started.tryAcquire(2, 20, TimeUnit.SECONDS), "two checks run, two wait");
        waitForQueued(2);
        URI address = server.uri();
        Thread stopping = new Thread(server::stop);
        stopping.start();
        Thread.sleep(300);
        checker.release.countDown();
        for (CompletableFuture<HttpResponse<String>> response : underWay) {
            HttpResponse<String> answer = response.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
        }
        stopping.join(30_000);
        assertEquals(4, checker.checks.get());
        HttpClient fresh = HttpClient.newHttpClient();
        HttpRequest late = HttpRequest.newBuilder(address.resolve("/v1/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("text", "late"))).build();
        assertThrows(IOException.class, () -> fresh.send(late, HttpResponse.BodyHandlers.ofString()),
                "a stopped server accepts no connection");
    }

    private void waitForQueued(int count) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            String health = send(HttpRequest.newBuilder(server.uri().resolve("/health")).build()).body();
            if (health.contains("\"queued\":" + count)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the requests never queued");
    }

    @Test
    void logsOneLinePerRequest() throws Exception {
        start(1, 1, 10_000);
        checker.release.countDown();
        send(HttpRequest.newBuilder(server.uri().resolve("/health")).build());
        send(HttpRequest.newBuilder(server.uri().resolve("/v2/languages")).build());
        send(post("/v1/check", form("text", "A text.")));
        send(post("/v2/check", "text=%zz"));
        server.stop();
        List<String> lines = accessLog.toString().lines().toList();
        assertEquals(4, lines.size(), accessLog.toString());
        assertTrue(lines.get(0).matches("127\\.0\\.0\\.1 \\[.*] \"GET /health HTTP/1\\.1\" 200 \\d+ \\d+ms"), lines.get(0));
        assertTrue(lines.get(2).contains("\"POST /v1/check HTTP/1.1\" 200"), lines.get(2));
        assertTrue(lines.get(3).contains("\"POST /v2/check HTTP/1.1\" 400"), lines.get(3));
    }

    @Test
    void servesThePageToPasteATextInto() throws Exception {
        start(1, 1, 10_000);
        HttpResponse<String> page = send(HttpRequest.newBuilder(server.uri()).build());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<form method=\"post\" action=\"review\">"), page.body());
        assertTrue(page.body().contains("<textarea id=\"text\" name=\"text\""), page.body());
    }

    @Test
    void listsTheLanguagesAsLanguageToolDoes() throws Exception {
        start(1, 1, 10_000);
        HttpResponse<String> languages = send(HttpRequest.newBuilder(server.uri().resolve("/v2/languages")).build());
        assertEquals(200, languages.statusCode());
        assertEquals("[{\"name\":\"English\",\"code\":\"en\",\"longCode\":\"en\"},"
                + "{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"},"
                + "{\"name\":\"English (GB)\",\"code\":\"en\",\"longCode\":\"en-GB\"}]", languages.body());
        assertTrue(URI.create(server.uri().toString()).getHost().equals("127.0.0.1"), "loopback by default in tests");
    }
}
