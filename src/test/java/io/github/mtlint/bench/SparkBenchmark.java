package io.github.mtlint.bench;

import io.github.mtlint.cli.TunedJvm;
import io.github.mtlint.text.SourceLanguages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Throughput of the Spark job in local mode with one and two task threads against {@code mtlint check} with one and
 * two threads, on the same folder of texts. Each configuration runs as its own process, in turn, several times; the
 * best and median runs are shown. The Spark job runs in one JVM (driver and executor, as {@code local[N]}) with
 * the JIT settings {@code check} restarts itself with, and Spark's Java 17 module options; and, as {@code check}
 * starts from a class-data archive of its own, from an archive of the classes the job loads (written by one run of
 * the job on {@code samples/} before the rounds, with {@code -XX:ArchiveClassesAtExit}; {@code --no-class-archive}
 * leaves it out).
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark.classpath
 * java -cp target/mtlint.jar:target/test-classes:$(cat target/spark.classpath) io.github.mtlint.bench.SparkBenchmark CORPUS_DIR [RUNS] [--no-class-archive]
 * </pre>
 *
 * Words are whitespace-separated chunks of the *.txt files that are translations (a tagged source such as
 * {@code NAME.zh.txt} is checked beside its translation, not counted). CPU time is that of the process and its
 * descendants.
 */
public final class SparkBenchmark {

    private record Run(double seconds, double cpuSeconds, int exitCode) {
    }

    /** As cli.TunedJvm gives {@code check}'s JVM. */
    private static final List<String> JIT = TunedJvm.LARGE_RUN_OPTIONS;

    /** What spark-submit adds on Java 17 (as in the pom's spark.test.jvm.options). */
    private static final List<String> SPARK_MODULES = Stream.of("java.lang", "java.lang.invoke", "java.lang.reflect",
            "java.io", "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic",
            "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar")
            .map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean classArchive = !arguments.remove("--no-class-archive");
        if (arguments.isEmpty()) {
            System.err.println("usage: SparkBenchmark CORPUS_DIR [RUNS] [--no-class-archive]");
            System.exit(2);
        }
        Path corpus = Path.of(arguments.get(0));
        int runs = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : 2;
        Path jar = Path.of("target/mtlint.jar");
        List<Path> texts = texts(corpus);
        long words = 0;
        for (Path f : texts) {
            for (String w : Files.readString(f, StandardCharsets.UTF_8).trim().split("\\s+")) {
                words += w.isEmpty() ? 0 : 1;
            }
        }
        System.out.printf(Locale.ROOT, "corpus %s: %d translation files, %d words; %d runs each, in turn; %d processors; the job %s%n", corpus,
                texts.size(), words, runs, Runtime.getRuntime().availableProcessors(),
                classArchive ? "with a class-data archive" : "without a class-data archive");
        Path out = Files.createTempDirectory("mtlint-spark-bench");
        List<String> archiveOptions = List.of();
        if (classArchive) {
            Path archive = out.resolve("spark.jsa");
            measure("writing the job's class archive", spark(List.of("-XX:ArchiveClassesAtExit=" + archive), out, Path.of("samples"), 1));
            archiveOptions = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("check --threads 1", check(jar, out, corpus, 1));
        commands.put("spark local[1]", spark(archiveOptions, out, corpus, 1));
        commands.put("check --threads 2", check(jar, out, corpus, 2));
        commands.put("spark local[2]", spark(archiveOptions, out, corpus, 2));
        Map<String, List<Run>> results = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                results.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add(measure(command.getKey(), command.getValue()));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-20s %8s %9s %10s %8s%n", "configuration", "best s", "median s", "words/s", "CPU s");
        for (Map.Entry<String, List<Run>> e : results.entrySet()) {
            Run best = best(e.getValue());
            System.out.printf(Locale.ROOT, "%-20s %8.1f %9.1f %10.0f %8.1f%n", e.getKey(), best.seconds(), median(e.getValue()),
                    words / best.seconds(), best.cpuSeconds());
        }
        System.out.println();
        for (int threads : List.of(1, 2)) {
            String cli = "check --threads " + threads;
            String spark = "spark local[" + threads + "]";
            System.out.printf(Locale.ROOT, "%s: %.2f of the words/s of %s (best runs; %.2f by medians)%n", spark,
                    best(results.get(cli)).seconds() / best(results.get(spark)).seconds(), cli,
                    median(results.get(cli)) / median(results.get(spark)));
        }
        System.out.printf(Locale.ROOT, "spark local[2]: %.2fx local[1] (best runs; %.2fx by medians)%n",
                best(results.get("spark local[1]")).seconds() / best(results.get("spark local[2]")).seconds(),
                median(results.get("spark local[1]")) / median(results.get("spark local[2]")));
        // one task thread keeps more than one core busy (the JIT compiler, the collector, Spark's own threads), which
        // leaves less than a whole core to a second task thread on a small machine
        Run one = best(results.get("spark local[1]"));
        System.out.printf(Locale.ROOT, "spark local[1] kept %.2f of %d cores busy on average%n", one.cpuSeconds() / one.seconds(),
                Runtime.getRuntime().availableProcessors());
    }

    private static List<String> check(Path jar, Path out, Path corpus, int threads) {
        return List.of("java", "-jar", jar.toString(), "check", "--fail-on", "none", "--threads", Integer.toString(threads),
                "-f", "json", "-o", out.resolve("cli.json").toString(), corpus.toString());
    }

    private static List<String> spark(List<String> jvmOptions, Path out, Path corpus, int threads) {
        List<String> command = new ArrayList<>(List.of("java", "-Xss4m"));
        command.addAll(jvmOptions);
        command.addAll(JIT);
        command.addAll(SPARK_MODULES);
        command.addAll(List.of("-Dspark.master=local[" + threads + "]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-cp", jarsOnly(System.getProperty("java.class.path")), "io.github.mtlint.spark.SparkCheck",
                "--input", corpus.toString(), "--output", out.resolve("spark").toString(), "--overwrite"));
        return command;
    }

    /** The class path without its folders (this benchmark's test classes), which a class-data archive cannot hold. */
    private static String jarsOnly(String classPath) {
        return Stream.of(classPath.split(java.io.File.pathSeparator)).filter(entry -> entry.endsWith(".jar"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static Run best(List<Run> runs) {
        return runs.stream().min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
    }

    private static double median(List<Run> runs) {
        List<Double> s = runs.stream().map(Run::seconds).sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    private static Run measure(String name, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, Duration> cpuByPid = new HashMap<>();
        while (process.isAlive()) {
            for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
                handle.info().totalCpuDuration().ifPresent(cpu -> cpuByPid.put(handle.pid(), cpu));
            }
            Thread.sleep(100);
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = cpuByPid.values().stream().mapToLong(Duration::toMillis).sum() / 1000.0;
        System.out.printf(Locale.ROOT, "  %-20s %6.1f s, CPU %6.1f s, exit %d%n", name, seconds, cpu, exit);
        return new Run(seconds, cpu, exit);
    }

    private static List<Path> texts(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(f -> f.toString().endsWith(".txt") && !SourceLanguages.isSourceFile(f)).sorted().toList();
        }
    }
}
