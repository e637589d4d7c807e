package io.github.mtlint.bench;

import io.github.mtlint.cli.TunedJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bounded load test of {@code mtlint serve} on loopback: the seed article sent over and over by a fixed number of
 * clients, each waiting for its answer before the next request; latency percentiles and words/second, against the
 * warm words/second of {@code mtlint check} on copies of the same article.
 *
 * <pre>
 * java -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.ServerBenchmark [ARTICLE] [REQUESTS] [CONCURRENCY]
 * </pre>
 *
 * The server is started as users start it ({@code java -jar target/mtlint.jar serve --port 0}), warmed up with as many
 * requests as are measured, then measured. The CLI's warm rate is the difference of runs on N and on 2N copies of
 * the article (medians of three rounds): the extra words over the extra seconds, which leaves start-up out.
 */
public final class ServerBenchmark {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final int CLI_COPIES = 30;
    private static final int CLI_ROUNDS = 3;
    /** As cli.TunedJvm gives {@code check}'s JVM on large inputs (level 4 undoes the C1-only setting of small ones). */
    private static final List<String> LARGE_RUN_JIT = Stream.concat(Stream.of("-XX:TieredStopAtLevel=4"),
            TunedJvm.LARGE_RUN_OPTIONS.stream()).toList();

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args.length > 0 ? args[0] : "samples/xi_central_asia.txt");
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String text = Files.readString(article);
        int words = text.trim().split("\\s+").length;
        Path jar = Path.of("target/mtlint.jar");
        System.out.printf(Locale.ROOT, "article %s: %d words; %d requests at concurrency %d after %d warm-up requests%n",
                article, words, requests, concurrency, requests);

        Process server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0", "--workers",
                String.valueOf(concurrency)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI uri = awaitListening(server);
            String body = "path=" + URLEncoder.encode(article.toString(), StandardCharsets.UTF_8)
                    + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(uri.resolve("/v1/check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            load(client, request, requests, concurrency);
            long start = System.nanoTime();
            List<Double> latencies = load(client, request, requests, concurrency);
            double seconds = (System.nanoTime() - start) / 1e9;
            Collections.sort(latencies);
            double serverRate = (double) requests * words / seconds;
            System.out.printf(Locale.ROOT, "server: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; %.1f requests/s, %.0f words/s%n",
                    percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1), requests / seconds, serverRate);
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);

            double cliRate = cliWarmRate(jar, text, words);
            System.out.printf(Locale.ROOT, "server throughput: %.2fx the CLI's warm throughput%n", serverRate / cliRate);
        } finally {
            server.destroyForcibly();
        }
    }

    private static URI awaitListening(Process server) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                // the access log goes to standard error: keep draining it so that the server never blocks on it
                Thread drain = new Thread(() -> {
                    try {
                        err.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException stopped) {
                        // the server was stopped
                    }
                }, "drain-server-log");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IOException("the server ended before it listened");
    }

    /** Each of {@code concurrency} clients sends its share of requests one after the other; the latencies in ms. */
    private static List<Double> load(HttpClient client, HttpRequest request, int requests, int concurrency) throws Exception {
        List<CompletableFuture<List<Double>>> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            int share = requests / concurrency + (c < requests % concurrency ? 1 : 0);
            clients.add(CompletableFuture.supplyAsync(() -> {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < share; i++) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("status " + response.statusCode() + ": " + response.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    times.add((System.nanoTime() - t) / 1e6);
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (CompletableFuture<List<Double>> c : clients) {
            all.addAll(c.get());
        }
        return all;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * Words per second of {@code mtlint check} once started: (2N − N copies) × words over the difference of the median
     * wall times. The two sizes alternate for {@link #CLI_ROUNDS} rounds, as one difference of two single runs swung
     * from 0.8x to 1.2x of the server's rate on this shared host.
     */
    private static double cliWarmRate(Path jar, String text, int words) throws Exception {
        List<List<Double>> seconds = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < CLI_ROUNDS; round++) {
            for (int size = 0; size < 2; size++) {
                seconds.get(size).add(cliSeconds(jar, text, CLI_COPIES * (size + 1)));
            }
        }
        double small = median(seconds.get(0));
        double large = median(seconds.get(1));
        double rate = CLI_COPIES * words / (large - small);
        System.out.printf(Locale.ROOT, "CLI warm throughput: %.0f words/s (median %.1f s on %d copies, %.1f s on %d)%n",
                rate, small, CLI_COPIES, large, 2 * CLI_COPIES);
        return rate;
    }

    private static double cliSeconds(Path jar, String text, int copies) throws Exception {
        Path dir = Files.createTempDirectory("mtlint-serve-bench");
        for (int i = 0; i < copies; i++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "copy%03d.txt", i)), text);
        }
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("java"));
        // both sizes with the JIT settings of large runs: the smaller would otherwise restart with C1 alone
        command.addAll(LARGE_RUN_JIT);
        command.addAll(List.of("-jar", jar.toString(), "check", "--fail-on", "none", "-f", "json",
                "-o", dir.resolve("report.json").toString(), dir.toString()));
        int code = new ProcessBuilder(command).inheritIO().start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "CLI on %d copies: %.1f s (exit %d)%n", copies, seconds, code);
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
