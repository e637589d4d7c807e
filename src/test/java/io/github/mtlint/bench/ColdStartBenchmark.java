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
 * a CI step or an editor hook starts it) against plain LanguageTool's ({@link PlainLanguageTool}, or a script given as BASELINE_SCRIPT) on the
 * same file, alternately, several rounds; medians and best. mtlint runs twice per round: as shipped (a small input
 * restarts in a JVM with C1 alone) and with the JIT settings for large runs forced, which is how every check ran
 * before; the two JSON reports must be byte-identical.
 *
 * <pre>
 * java -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.ColdStartBenchmark [ARTICLE] [ROUNDS] [BASELINE_SCRIPT]
 * </pre>
 */
public final class ColdStartBenchmark {

    private static final List<String> LARGE_RUN_JIT = List.of("-XX:TieredStopAtLevel=4", "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4CompileThreshold=60000", "-XX:Tier4BackEdgeThreshold=400000");

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args.length > 0 ? args[0] : "samples/xi_central_asia.txt");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String baselineScript = args.length > 2 ? args[2] : null; // default: PlainLanguageTool, from this build
        Path out = Files.createTempDirectory("mtlint-cold");
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("mtlint", mtlint(List.of(), out.resolve("mtlint.json"), article));
        commands.put("mtlint, large-run JIT", mtlint(LARGE_RUN_JIT, out.resolve("mtlint-c2.json"), article));
        commands.put("LanguageTool", PlainLanguageTool.command(baselineScript, out.resolve("lt.json"), article));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command.getValue()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                process.waitFor();
                double s = (System.nanoTime() - start) / 1e9;
                seconds.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add(s);
                System.out.printf(Locale.ROOT, "round %d %-22s %6.2f s%n", round + 1, command.getKey(), s);
            }
        }
        boolean identical = Arrays.equals(Files.readAllBytes(out.resolve("mtlint.json")), Files.readAllBytes(out.resolve("mtlint-c2.json")));
        System.out.println();
        double plain = median(seconds.get("LanguageTool"));
        for (Map.Entry<String, List<Double>> tool : seconds.entrySet()) {
            System.out.printf(Locale.ROOT, "%-22s median %6.2f s, best %6.2f s, %.2f of LanguageTool's median%n", tool.getKey(),
                    median(tool.getValue()), tool.getValue().stream().mapToDouble(d -> d).min().orElse(0), median(tool.getValue()) / plain);
        }
        System.out.println("JSON reports of both mtlint runs byte-identical: " + identical);
    }

    private static List<String> mtlint(List<String> jvmOptions, Path report, Path article) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "target/mtlint.jar", "check", "--fail-on", "none", "-f", "json", "-o", report.toString(),
                article.toString()));
        return command;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
