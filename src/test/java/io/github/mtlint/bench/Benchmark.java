package io.github.mtlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Throughput and peak memory of mtlint against plain LanguageTool on the same corpus, in the same run: each is
 * started as its own process, as users start it, alternately, several times; the best and median runs are shown.
 * mtlint runs twice per round: with its defaults, which check each document with the English variety its spellings
 * follow, and with {@code --variant en-US}, the one variety the baseline checks everything with; a corpus with a few
 * British documents makes the first load and run a second LanguageTool.
 *
 * <pre>
 * java -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.Benchmark CORPUS_DIR [RUNS] [BASELINE_SCRIPT]
 * </pre>
 *
 * Words are counted as whitespace-separated chunks of the *.txt files, the same for both. Peak memory is the peak
 * resident set size (VmHWM) read from /proc while a tool runs, summed over its process and its descendants
 * ({@code mtlint check} restarts itself in a tuned JVM, and the first waits for it): an upper bound, since the peaks
 * need not coincide. CPU time is summed the same way.
 */
public final class Benchmark {

    private record Run(String tool, double seconds, long peakKb, double cpuSeconds, int exitCode) {
    }

    private static final String MTLINT = "mtlint";
    private static final String MTLINT_US = "mtlint --variant en-US";
    private static final String LANGUAGETOOL = "LanguageTool";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Benchmark CORPUS_DIR [RUNS] [BASELINE_SCRIPT]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String baselineScript = args.length > 2 ? args[2] : null; // default: PlainLanguageTool, from this build
        Path jar = Path.of("target/mtlint.jar");
        long words = countWords(corpus);
        int files = countFiles(corpus);
        System.out.printf(Locale.ROOT, "corpus %s: %d files, %d words; %d runs each, alternating%n", corpus, files, words, runs);
        Path out = Files.createTempDirectory("mtlint-bench");
        List<Run> mtlint = new ArrayList<>();
        List<Run> mtlintUs = new ArrayList<>();
        List<Run> plain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            mtlint.add(measure(MTLINT, mtlintCommand(jar, out, corpus, List.of())));
            mtlintUs.add(measure(MTLINT_US, mtlintCommand(jar, out, corpus, List.of("--variant", "en-US"))));
            plain.add(measure(LANGUAGETOOL, PlainLanguageTool.command(baselineScript, out.resolve("lt.json"), corpus)));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %10s %10s %12s %10s %10s%n", "tool", "best s", "median s", "words/s", "CPU s", "peak MB");
        report(MTLINT, mtlint, words);
        report(MTLINT_US, mtlintUs, words);
        report(LANGUAGETOOL, plain, words);
        System.out.println();
        for (List<Run> runsOfMtlint : List.of(mtlint, mtlintUs)) {
            System.out.printf(Locale.ROOT, "%s: %.2fx the words/second of plain LanguageTool (best runs; %.2fx by medians)%n",
                    runsOfMtlint.get(0).tool(), best(plain).seconds() / best(runsOfMtlint).seconds(),
                    median(plain) / median(runsOfMtlint));
        }
    }

    private static List<String> mtlintCommand(Path jar, Path out, Path corpus, List<String> options) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "check", "--fail-on", "none"));
        command.addAll(options);
        command.addAll(List.of("-f", "json", "-o", out.resolve("mtlint.json").toString(), corpus.toString()));
        return command;
    }

    private static Run best(List<Run> runs) {
        return runs.stream().min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
    }

    private static void report(String name, List<Run> runs, long words) {
        Run best = best(runs);
        System.out.printf(Locale.ROOT, "%-22s %10.1f %10.1f %12.0f %10.1f %10.0f%n", name, best.seconds(), median(runs),
                words / best.seconds(), best.cpuSeconds(), runs.stream().mapToLong(Run::peakKb).max().orElse(0) / 1024.0);
    }

    private static double median(List<Run> runs) {
        List<Double> s = runs.stream().map(Run::seconds).sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    private static Run measure(String tool, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, Long> peakByPid = new HashMap<>();
        Map<Long, Duration> cpuByPid = new HashMap<>();
        while (process.isAlive()) {
            for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
                peakByPid.merge(handle.pid(), peakRss(handle.pid()), Math::max);
                handle.info().totalCpuDuration().ifPresent(cpu -> cpuByPid.put(handle.pid(), cpu));
            }
            Thread.sleep(50);
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakByPid.values().stream().mapToLong(Long::longValue).sum();
        double cpuSeconds = cpuByPid.values().stream().mapToLong(Duration::toMillis).sum() / 1000.0;
        System.out.printf(Locale.ROOT, "  %-22s %6.1f s, peak %5.0f MB, exit %d%n", tool, seconds, peak / 1024.0, exit);
        return new Run(tool, seconds, peak, cpuSeconds, exit);
    }

    /** VmHWM of a process in KB, 0 when unknown (not Linux, or the process just ended). */
    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long countWords(Path corpus) throws IOException {
        long words = 0;
        for (Path f : texts(corpus)) {
            for (String w : Files.readString(f, StandardCharsets.UTF_8).trim().split("\\s+")) {
                words += w.isEmpty() ? 0 : 1;
            }
        }
        return words;
    }

    private static int countFiles(Path corpus) throws IOException {
        return texts(corpus).size();
    }

    private static List<Path> texts(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

}
