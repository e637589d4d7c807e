package io.github.mtlint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article, cold: wall time of {@code java -jar target/mtlint.jar check -f json ARTICLE} (a fresh JVM each time, as
 * a CI step or an editor hook starts it) against plain LanguageTool's ({@link PlainLanguageTool}, or a script given as
 * BASELINE_SCRIPT) on the same file, alternately, several rounds; medians and best. mtlint runs twice per round: as
 * shipped, with the cache its first run wrote (the class-data archive and the spellers' automata, in a cache folder of
 * this benchmark's own; that first run is timed apart), and without it ({@code MTLINT_CACHE=off}); the two JSON
 * reports must be byte-identical.
 *
 * <pre>
 * java -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.ColdStartBenchmark [ARTICLE] [ROUNDS] [BASELINE_SCRIPT]
 * </pre>
 */
public final class ColdStartBenchmark {

    private record Command(List<String> argv, Map<String, String> environment) {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args.length > 0 ? args[0] : "samples/xi_central_asia.txt");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String baselineScript = args.length > 2 ? args[2] : null; // default: PlainLanguageTool, from this build
        Path out = Files.createTempDirectory("mtlint-cold");
        Map<String, String> ownCache = Map.of("MTLINT_CACHE", out.resolve("cache").toString());
        Command shipped = new Command(mtlint(out.resolve("mtlint.json"), article), ownCache);
        System.out.printf(Locale.ROOT, "first run, writes the cache        %6.2f s%n", seconds(shipped));
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("mtlint", shipped);
        commands.put("mtlint, no cache", new Command(mtlint(out.resolve("mtlint-no-cache.json"), article),
                Map.of("MTLINT_CACHE", "off")));
        commands.put("LanguageTool", new Command(PlainLanguageTool.command(baselineScript, out.resolve("lt.json"), article), Map.of()));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Command> command : commands.entrySet()) {
                double s = seconds(command.getValue());
                seconds.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add(s);
                System.out.printf(Locale.ROOT, "round %d %-24s %6.2f s%n", round + 1, command.getKey(), s);
            }
        }
        boolean identical = Arrays.equals(Files.readAllBytes(out.resolve("mtlint.json")),
                Files.readAllBytes(out.resolve("mtlint-no-cache.json")));
        System.out.println();
        double plain = median(seconds.get("LanguageTool"));
        for (Map.Entry<String, List<Double>> tool : seconds.entrySet()) {
            System.out.printf(Locale.ROOT, "%-24s median %6.2f s, best %6.2f s, %.2f of LanguageTool's median%n", tool.getKey(),
                    median(tool.getValue()), tool.getValue().stream().mapToDouble(d -> d).min().orElse(0), median(tool.getValue()) / plain);
        }
        System.out.println("JSON reports of both mtlint runs byte-identical: " + identical);
    }

    private static double seconds(Command command) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command.argv()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(command.environment());
        builder.start().waitFor();
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<String> mtlint(Path report, Path article) {
        return List.of("java", "-jar", "target/mtlint.jar", "check", "--fail-on", "none", "-f", "json", "-o", report.toString(),
                article.toString());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
