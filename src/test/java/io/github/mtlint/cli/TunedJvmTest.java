package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mtlint check} restarts once in a JVM with the JIT options it was measured with, and only then. */
class TunedJvmTest {

    private static final List<String> NO_JVM_ARGUMENTS = List.of();

    private static Optional<List<String>> restart(List<String> jvmArguments, String stayProperty, String... args) {
        return TunedJvm.restartCommand(args, jvmArguments, "/opt/jdk/bin/java", "mtlint.jar", stayProperty);
    }

    @Test
    void checkRestartsWithTheTunedOptionsBeforeTheUsersOwn() {
        List<String> command = restart(List.of("-Xmx2g", "-XX:Tier4InvocationThreshold=9000"), null,
                "check", "-f", "json", "news/").orElseThrow();

        List<String> expected = new ArrayList<>(List.of("/opt/jdk/bin/java"));
        expected.addAll(TunedJvm.OPTIONS);
        expected.addAll(List.of("-Xmx2g", "-XX:Tier4InvocationThreshold=9000", "-Dmtlint.jvm.stay=true",
                "-cp", "mtlint.jar", "io.github.mtlint.cli.Main", "check", "-f", "json", "news/"));
        assertEquals(expected, command);
    }

    @Test
    void otherCommandsAndHelpStayInThisJvm() {
        assertTrue(restart(NO_JVM_ARGUMENTS, null).isEmpty());
        assertTrue(restart(NO_JVM_ARGUMENTS, null, "--version").isEmpty());
        assertTrue(restart(NO_JVM_ARGUMENTS, null, "--help").isEmpty());
        assertTrue(restart(NO_JVM_ARGUMENTS, null, "rules").isEmpty());
        assertTrue(restart(NO_JVM_ARGUMENTS, null, "explain", "check").isEmpty());
    }

    @Test
    void aRestartedJvmOrAUserWhoAsksToStayRunsTheCheckItself() {
        assertTrue(restart(NO_JVM_ARGUMENTS, "true", "check", "a.txt").isEmpty());
        assertTrue(restart(NO_JVM_ARGUMENTS, "", "check", "a.txt").isEmpty());
    }

    @Test
    void aDebuggerOrProfilerKeepsTheCheckInItsJvm() {
        for (String agent : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:/opt/profiler.jar", "-agentpath:/opt/libasyncProfiler.so", "-Xdebug")) {
            assertTrue(restart(List.of(agent), null, "check", "a.txt").isEmpty(), agent);
        }
    }

    @Test
    void withoutAClassPathThereIsNothingToRestart() {
        assertTrue(TunedJvm.restartCommand(new String[] {"check", "a.txt"}, NO_JVM_ARGUMENTS, "java", "", null)
                .isEmpty());
    }

    /** Through real processes: standard input, output, error and the exit code pass through the restart. */
    @Test
    void theRestartedCheckReadsStdinAndReturnsItsExitCode() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:+PrintCommandLineFlags",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "-f", "json", "-", "no-such-file.txt").start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write("The leaders met on Friday. They discussed trade and energy.\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(ExitCodes.USAGE_OR_INPUT, process.waitFor(), err);
        assertTrue(out.contains("-XX:Tier4InvocationThreshold=50000"), "the restarted JVM's flags: " + out);
        JsonNode report = new ObjectMapper().readTree(out.substring(out.indexOf('{')));
        assertEquals("<stdin>", report.at("/files/0/path").asText(), out);
        assertEquals(10, report.at("/files/0/words").asInt(), out);
        assertEquals("no-such-file.txt", report.at("/errors/0/path").asText(), out);
    }
}
