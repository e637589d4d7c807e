package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine.Model.OptionSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mtlint check} restarts once in a JVM with the JIT options it was measured with, and only when that is safe. */
class TunedJvmTest {

    private static final List<String> NO_JVM_OPTIONS = List.of();
    private static final Pattern FLAGS_LINE = Pattern.compile("(?m)^-XX:.*$");
    private static final String TYPO = "The leaders met on Friday. They discussed trade and enrgy.\n";

    private static Optional<List<String>> restart(List<String> jvmOptions, String... args) {
        return TunedJvm.restartCommand(args, jvmOptions, "/opt/jdk/bin/java", "mtlint.jar", false);
    }

    @Test
    void checkRestartsWithTheTunedOptionsBeforeTheUsersOwn() {
        List<String> command = restart(List.of("-Xmx2g", "-XX:Tier4InvocationThreshold=9000", "-Dnote=a b"),
                "check", "-f", "json", "news/").orElseThrow();

        List<String> expected = new ArrayList<>(List.of("/opt/jdk/bin/java"));
        expected.addAll(TunedJvm.OPTIONS);
        expected.add(TunedJvm.COLLECTOR);
        expected.addAll(List.of("-Xmx2g", "-XX:Tier4InvocationThreshold=9000", "-Dnote=a b",
                "-Dmtlint.jvm.restarted=" + ProcessHandle.current().pid(),
                "-cp", "mtlint.jar", "io.github.mtlint.cli.Main", "check", "-f", "json", "news/"));
        assertEquals(expected, command);
    }

    @Test
    void theHeapIsBoundedByTheWorkersUnlessTheUserSizedIt() {
        assertEquals(Optional.of("-Xmx1024m"), TunedJvm.heapOption(NO_JVM_OPTIONS, 2, 6L << 30));
        assertEquals(Optional.of("-Xmx2560m"), TunedJvm.heapOption(List.of("-Dnote=x"), 8, 6L << 30));
        assertEquals(Optional.of("-Xmx768m"), TunedJvm.heapOption(NO_JVM_OPTIONS, 8, 768L << 20),
                "never more than the JVM's own default");
        assertTrue(TunedJvm.heapOption(List.of("-XX:MaxRAMPercentage=50"), 2, 6L << 30).isEmpty());
        assertTrue(TunedJvm.heapOption(List.of("-Xmx300m"), 2, 6L << 30).isEmpty());
        List<String> command = restart(NO_JVM_OPTIONS, "check", "news/").orElseThrow();
        assertTrue(command.stream().anyMatch(option -> option.startsWith("-Xmx")), command.toString());
    }

    @Test
    void otherCommandsAndHelpStayInThisJvm() {
        assertTrue(restart(NO_JVM_OPTIONS).isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "--version").isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "--help").isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "rules").isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "explain", "check").isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "@options.txt").isEmpty());
    }

    /** The first word that is no option names the command only while the top-level command has no option with a value. */
    @Test
    void theTopLevelCommandTakesNoOptionWithAValue() {
        for (OptionSpec option : MtlintCommand.commandLine(new ByteArrayInputStream(new byte[0])).getCommandSpec().options()) {
            assertEquals(0, option.arity().max(), option.longestName());
        }
    }

    @Test
    void aRestartedJvmOrAUserWhoAsksToStayRunsTheCheckItself() {
        assertTrue(TunedJvm.restartCommand(new String[] {"check", "a.txt"}, NO_JVM_OPTIONS, "java", "mtlint.jar", true)
                .isEmpty());
    }

    /** A second JVM inherits standard input and output only: {@code <(cat a.txt)} names a descriptor of the first. */
    @Test
    void inputsThatAreDescriptorsOfThisProcessKeepTheCheckHere() {
        assertTrue(restart(NO_JVM_OPTIONS, "check", "/dev/fd/63").isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "check", "-f", "json", "a.txt", "/proc/self/fd/12").isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "check", "/proc/" + ProcessHandle.current().pid() + "/fd/5").isEmpty());
        assertTrue(restart(NO_JVM_OPTIONS, "check", "a.txt", "news/", "/dev/fd/0").isPresent(), "standard input is inherited");
    }

    /** The JVM refuses to start with two collectors, so a user's choice replaces ours. */
    @Test
    void aCollectorTheUserChoseReplacesOurs() {
        for (String collector : List.of("-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseZGC", "-XX:+UseParallelGC")) {
            List<String> command = restart(List.of(collector), "check", "news/").orElseThrow();
            assertEquals(List.of(collector), command.stream().filter(o -> o.matches("-XX:[+-]Use\\w*GC")).toList());
        }
        assertTrue(restart(List.of("-XX:MaxInlineLevel=15"), "check", "news/").orElseThrow()
                .containsAll(List.of(TunedJvm.COLLECTOR, "-XX:MaxInlineLevel=15")), "an inlining limit is the user's to raise");
    }

    @Test
    void smallInputsAreCheckedWithC1Alone() {
        List<String> command = TunedJvm.restartCommand(new String[] {"check", "a.txt"}, NO_JVM_OPTIONS, "java", "mtlint.jar",
                false, true).orElseThrow();
        List<String> large = TunedJvm.restartCommand(new String[] {"check", "a.txt"}, NO_JVM_OPTIONS, "java", "mtlint.jar",
                false, false).orElseThrow();
        assertTrue(command.containsAll(TunedJvm.SMALL_INPUT_OPTIONS), command.toString());
        assertTrue(command.stream().noneMatch(TunedJvm.OPTIONS::contains), command.toString());
        assertTrue(command.contains(TunedJvm.COLLECTOR), command.toString());
        assertTrue(command.stream().anyMatch(o -> o.startsWith("-Xmn")) && command.stream().anyMatch(o -> o.startsWith("-Xms")),
                "a young generation that holds what loading LanguageTool allocates: " + command);
        assertTrue(large.stream().noneMatch(o -> o.startsWith("-Xmn") || o.startsWith("-Xms")), large.toString());
        assertTrue(large.containsAll(TunedJvm.OPTIONS) && !large.containsAll(TunedJvm.SMALL_INPUT_OPTIONS), large.toString());
    }

    @Test
    void aSmallCheckGetsAYoungGenerationForLoadingLanguageToolUnlessTheUserSizedTheHeap() {
        assertEquals(List.of("-Xms1024m", "-Xmn700m"), TunedJvm.smallInputHeapOptions(NO_JVM_OPTIONS, 2, 6L << 30));
        assertEquals(List.of("-Xms2560m", "-Xmn700m"), TunedJvm.smallInputHeapOptions(NO_JVM_OPTIONS, 8, 6L << 30));
        assertEquals(List.of("-Xms512m", "-Xmn358m"), TunedJvm.smallInputHeapOptions(NO_JVM_OPTIONS, 2, 512L << 20),
                "at most seven tenths of a small default heap");
        for (String own : List.of("-Xmx2g", "-Xms256m", "-Xmn100m", "-XX:NewSize=100m", "-XX:NewRatio=3",
                "-XX:MaxRAMPercentage=50", "-XX:InitialHeapSize=1g")) {
            assertEquals(List.of(), TunedJvm.smallInputHeapOptions(List.of(own), 2, 6L << 30), own);
        }
    }

    @Test
    void theSizeOfTheInputsDecidesWhetherTheyAreSmall(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("articles"));
        java.nio.file.Files.writeString(folder.resolve("a.txt"), "x".repeat(600));
        java.nio.file.Files.writeString(folder.resolve("ignored.json"), "x".repeat(5000));
        java.nio.file.Path single = java.nio.file.Files.writeString(dir.resolve("b.txt"), "x".repeat(300));
        assertTrue(TunedJvm.inputsAtMost(new String[] {"check", "-f", "json", folder.toString(), single.toString()}, 1000));
        assertFalse(TunedJvm.inputsAtMost(new String[] {"check", folder.toString(), single.toString()}, 800));
        assertFalse(TunedJvm.inputsAtMost(new String[] {"check", "-"}, 1000), "standard input has no known size");
        assertFalse(TunedJvm.inputsAtMost(new String[] {"check", dir.resolve("missing.txt").toString()}, 1000));
    }

    @Test
    void aCheckOnAServerStaysInTheFirstJvm() {
        assertTrue(TunedJvm.restartCommand(new String[] {"check", "--server", "http://127.0.0.1:8081/", "a.txt"}, NO_JVM_OPTIONS,
                "java", "mtlint.jar", false).isEmpty());
        assertTrue(TunedJvm.restartCommand(new String[] {"check", "--server=http://127.0.0.1:8081/", "a.txt"}, NO_JVM_OPTIONS,
                "java", "mtlint.jar", false).isEmpty());
    }

    @Test
    void withoutAClassPathThereIsNothingToRestart() {
        assertTrue(TunedJvm.restartCommand(new String[] {"check", "a.txt"}, NO_JVM_OPTIONS, "java", "", false).isEmpty());
        assertTrue(TunedJvm.restartCommand(new String[] {"check", "a.txt"}, NO_JVM_OPTIONS, "java", null, false).isEmpty());
    }

    @Test
    void optionsThatBelongToTheFirstJvmKeepTheCheckThere() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:/opt/profiler.jar", "-agentpath:/opt/libasyncProfiler.so", "-Xdebug",
                "-XX:StartFlightRecording=filename=run.jfr", "-Dcom.sun.management.jmxremote.port=9911",
                "-XX:Flags=jvm.flags", "+PrintCommandLineFlags", "-Xlog:gc:file=gc.log",
                "-XX:+HeapDumpOnOutOfMemoryError", "-XX:+AlwaysPreTouch")) {
            assertTrue(restart(List.of("-Xmx1g", option), "check", "a.txt").isEmpty(), option);
            assertFalse(TunedJvm.isRepeatable(option), option);
        }
    }

    @Test
    void memoryCollectorPropertyAndModuleOptionsAreRepeated() {
        for (String option : List.of("-Xmx2g", "-Xms512m", "-Xss4m", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.language=en", "-ea",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:+PrintCommandLineFlags")) {
            assertTrue(TunedJvm.isRepeatable(option), option);
        }
    }

    private static Process startMtlint(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintCommandLineFlags", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // not the user's cache folder (and a class path of folders gets no archive anyway)
        builder.environment().put(ClassDataArchive.CACHE_VARIABLE, ClassDataArchive.OFF);
        return builder.start();
    }

    /** Through real processes: standard input, output and the exit code pass through the restart, and it happens once. */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theRestartedCheckReadsStdinAndReturnsItsExitCode() throws Exception {
        Process process = startMtlint("check", "--fail-on", "minor", "-f", "json", "-");
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(TYPO.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(ExitCodes.GATE_FAILED, process.waitFor(), err);
        Matcher flags = FLAGS_LINE.matcher(out);
        List<String> flagLines = new ArrayList<>();
        while (flags.find()) {
            flagLines.add(flags.group());
        }
        assertEquals(2, flagLines.size(), "one line of flags from each JVM: " + out);
        assertFalse(flagLines.get(0).contains("Tier4InvocationThreshold"), flagLines.get(0));
        assertTrue(flagLines.get(1).contains("-XX:Tier4InvocationThreshold=50000"), flagLines.get(1));
        assertTrue(flagLines.get(1).contains("-XX:+UseParallelGC"), "the JVM starts with our collector: " + flagLines.get(1));
        String report = out.substring(out.indexOf('{'));
        assertEquals(1, report.split("\"summary\"", -1).length - 1, "one report: " + out);
        assertTrue(report.contains("enrgy"), report);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void stoppingTheFirstJvmStopsTheCheckBeforeItEnds() throws Exception {
        Process first = startMtlint("check", "-");
        ProcessHandle check = restartedCheckOf(first);
        try {
            first.destroy();
            first.waitFor();

            assertFalse(check.isAlive(), "the check outlived the JVM the user stopped");
        } finally {
            check.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killingTheFirstJvmEndsTheCheck() throws Exception {
        Process first = startMtlint("check", "-");
        ProcessHandle check = restartedCheckOf(first);
        try {
            first.destroyForcibly();

            check.onExit().get(60, TimeUnit.SECONDS);
            assertFalse(check.isAlive());
        } finally {
            check.destroyForcibly();
        }
    }

    /**
     * The check restarted by {@code first}, once it runs Java: before that the child is a launch helper
     * ({@code jspawnhelper}), which ends with {@code first} whatever mtlint does. The check then waits on standard input, which stays open.
     */
    private static ProcessHandle restartedCheckOf(Process first) throws InterruptedException {
        while (true) {
            Optional<ProcessHandle> check = first.children()
                    .filter(child -> child.info().command()
                            .map(command -> Path.of(command).getFileName().toString().startsWith("java")).orElse(false))
                    .findFirst();
            if (check.isPresent()) {
                // the first JVM registers its shutdown hook just after the launch returns
                Thread.sleep(500);
                return check.get();
            }
            assertTrue(first.isAlive(), "mtlint ended before it restarted");
            Thread.sleep(20);
        }
    }
}
