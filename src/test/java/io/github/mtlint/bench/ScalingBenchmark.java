package io.github.mtlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How mtlint's cost grows with one document's size and shape. Writes synthetic documents of each shape and size
 * (plain news built from samples/, many entities, numbers, emoji, nested brackets, one endless paragraph), checks
 * each alone in a separate process ({@code java -jar JAR check -f json}), and prints wall time, throughput and peak
 * resident memory (VmHWM, summed over the process and the JVM it restarts in). A run still going after the cap is
 * stopped and shown as such. Usage:
 * <pre>
 * java -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.ScalingBenchmark JAR WORK_DIR [SIZES] [SHAPES] [CAP_SECONDS]
 * </pre>
 * SIZES in bytes, comma-separated (default 10000,100000,1000000); SHAPES comma-separated (default all).
 */
public final class ScalingBenchmark {

    private static final List<String> COUNTRIES = List.of("Uzbekistan", "Ukraine", "Kazakhstan", "Kyrgyzstan",
            "Tajikistan", "Turkmenistan", "China", "Russia", "India", "Pakistan", "Iran", "Mongolia", "Austria",
            "Australia", "Georgia", "Jordan", "Niger", "Nigeria", "Slovakia", "Slovenia");
    private static final List<String> PEOPLE = List.of("President Shavkat Mirziyoyev", "President Kassym-Jomart Tokayev",
            "President Sadyr Japarov", "President Emomali Rahmon", "President Xi Jinping", "Prime Minister Narendra Modi");
    private static final List<String> EMOJI = List.of("😀", "🎉", "🇨🇳", "👍🏽", "❤️", "👨‍👩‍👧", "🚀", "🙏");
    private static final List<String> WORDS = List.of("the", "minister", "met", "press", "on", "Friday", "and", "said",
            "that", "trade", "between", "two", "countries", "would", "grow", "cooperation", "in", "energy", "transport");

    private record Result(String shape, int bytes, double seconds, long peakKb, int exit, boolean stopped) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ScalingBenchmark JAR WORK_DIR [SIZES] [SHAPES] [CAP_SECONDS]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        List<Integer> sizes = (args.length > 2 ? List.of(args[2].split(",")) : List.of("10000", "100000", "1000000"))
                .stream().map(Integer::parseInt).toList();
        Map<String, ShapeWriter> shapes = shapes(Path.of("samples"));
        List<String> chosen = args.length > 3 && !args[3].equals("all") ? List.of(args[3].split(",")) : List.copyOf(shapes.keySet());
        long cap = args.length > 4 ? Long.parseLong(args[4]) : 600;
        List<Result> results = new ArrayList<>();
        for (String shape : chosen) {
            for (int size : sizes) {
                Path text = work.resolve(shape + "-" + size + ".txt");
                Files.writeString(text, shapes.get(shape).write(size), StandardCharsets.UTF_8);
                Result result = measure(shape, size, List.of("java", "-jar", jar.toString(), "check", "-f", "json", "-o",
                        work.resolve(shape + "-" + size + ".json").toString(), text.toString()), cap);
                results.add(result);
                System.out.printf(Locale.ROOT, "%-10s %9d B %8.1f s %s peak %6.0f MB exit %d%n", shape, size, result.seconds(),
                        result.stopped() ? "(stopped)" : "         ", result.peakKb() / 1024.0, result.exit());
            }
        }
        System.out.println();
        System.out.println("| shape | size | seconds | KB/s | peak MB | exit |");
        System.out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.0f | %s |%n", r.shape(), human(r.bytes()),
                    r.stopped() ? "> " + cap : String.format(Locale.ROOT, "%.1f", r.seconds()),
                    r.stopped() ? "-" : String.format(Locale.ROOT, "%.1f", r.bytes() / 1000.0 / r.seconds()), r.peakKb() / 1024.0,
                    r.stopped() ? "-" : Integer.toString(r.exit()));
        }
    }

    @FunctionalInterface
    private interface ShapeWriter {
        String write(int bytes) throws IOException;
    }

    private static Map<String, ShapeWriter> shapes(Path samples) {
        Map<String, ShapeWriter> shapes = new LinkedHashMap<>();
        shapes.put("news", bytes -> repeatToSize(sampleText(samples), bytes));
        shapes.put("entities", bytes -> generate(bytes, 1, r -> pick(r, PEOPLE) + " of " + pick(r, COUNTRIES) + " met leaders of "
                + pick(r, COUNTRIES) + ", " + pick(r, COUNTRIES) + "-" + pick(r, COUNTRIES) + " and " + pick(r, COUNTRIES)
                + " in the " + pick(r, COUNTRIES) + "-" + pick(r, COUNTRIES) + " talks. "));
        shapes.put("numbers", bytes -> generate(bytes, 2, r -> "Trade rose " + r.nextInt(100) + "." + r.nextInt(10)
                + " percent to " + r.nextInt(10_000_000) + " yuan, " + String.format(Locale.ROOT, "%,d", r.nextInt(100_000_000))
                + " tonnes and " + r.nextLong() + " units in " + (1990 + r.nextInt(35)) + ". "));
        shapes.put("emoji", bytes -> generate(bytes, 3, r -> pick(r, WORDS) + " " + pick(r, EMOJI) + pick(r, EMOJI) + " "
                + pick(r, WORDS) + " " + pick(r, EMOJI) + (r.nextInt(8) == 0 ? ".\n" : " ")));
        shapes.put("brackets", bytes -> generate(bytes, 4, r -> {
            int depth = 1 + r.nextInt(12);
            return "(".repeat(depth) + pick(r, WORDS) + " [" + pick(r, WORDS) + "] " + ")".repeat(r.nextInt(depth + 1))
                    + (r.nextInt(10) == 0 ? ".\n" : " ");
        }));
        shapes.put("endless", bytes -> generate(bytes, 5, r -> pick(r, WORDS) + " "));
        return shapes;
    }

    private static String sampleText(Path samples) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sb.append(Files.readString(f)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String repeatToSize(String text, int bytes) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < bytes) {
            sb.append(text);
        }
        return cut(sb, bytes);
    }

    private interface Piece {
        String next(Random random);
    }

    private static String generate(int bytes, long seed, Piece piece) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            for (int i = 0; i < 200; i++) {
                sb.append(piece.next(random));
            }
        }
        return cut(sb, bytes);
    }

    /** About this many UTF-8 bytes, ending at a space or line end and with a final line end. */
    private static String cut(StringBuilder sb, int bytes) {
        String text = sb.toString();
        int end = Math.min(text.length(), bytes);
        while (end > 0 && text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > bytes) {
            end -= Math.max(1, (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length - bytes) / 4);
        }
        int space = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
        return text.substring(0, space > 0 ? space : end).strip() + "\n";
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String human(int bytes) {
        return bytes >= 1_000_000 ? bytes / 1_000_000 + " MB" : bytes / 1_000 + " KB";
    }

    private static Result measure(String shape, int bytes, List<String> command, long capSeconds)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, Long> peakByPid = new LinkedHashMap<>();
        boolean stopped = false;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
                peakByPid.merge(handle.pid(), Benchmark.peakRss(handle.pid()), Math::max);
            }
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(capSeconds)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                stopped = true;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakByPid.values().stream().mapToLong(Long::longValue).sum();
        return new Result(shape, bytes, seconds, peak, process.exitValue(), stopped);
    }
}
