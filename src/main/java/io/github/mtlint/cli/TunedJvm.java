package io.github.mtlint.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs {@code mtlint check} in a JVM whose JIT suits it. The workers keep every core busy, so the C2
 * compiler competes with them for CPU; with the default thresholds it compiles so much during a run
 * of a few hundred documents that it costs more than it saves. Plain {@code java -jar} cannot pass JVM
 * options, so {@code check} restarts itself once with {@link #OPTIONS}; the user's own JVM options
 * follow ours, so theirs win. See the README's performance section for the measurements.
 */
final class TunedJvm {

    /** Set in the restarted JVM so that it runs the check itself; a user may set it to stay in one JVM. */
    static final String STAY_PROPERTY = "mtlint.jvm.stay";

    /** C2 compiles a method once it is about ten times hotter than by default (5,000 / 15,000 / 40,000). */
    static final List<String> OPTIONS = List.of(
            "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=400000");

    private TunedJvm() {
    }

    /**
     * Runs the command line in a restarted JVM and returns its exit code, or nothing when this JVM
     * should run it: another command than {@code check}, already restarted, a debugger or profiler
     * attached, or no {@code java} launcher to start.
     */
    static OptionalInt runRestarted(String[] args) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Optional<List<String>> command = restartCommand(args, jvmArguments, java,
                System.getProperty("java.class.path"), System.getProperty(STAY_PROPERTY));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException cannotStart) {
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(child::destroy, "mtlint-stop-restarted-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(ExitCodes.INTERNAL);
        }
    }

    /** The restarted JVM's command line, or nothing when this JVM should run the check itself. */
    static Optional<List<String>> restartCommand(String[] args, List<String> jvmArguments, String java,
                                                 String classPath, String stayProperty) {
        if (stayProperty != null || !isCheck(args) || classPath == null || classPath.isEmpty()
                || jvmArguments.stream().anyMatch(TunedJvm::isAgent)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(OPTIONS);
        command.addAll(jvmArguments);
        command.add("-D" + STAY_PROPERTY + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** The top-level command takes no option with a value, so the first word that is no option names the command. */
    private static boolean isCheck(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg.equals("check");
            }
        }
        return false;
    }

    /** A second JVM would take the agent's port or write over its output. */
    private static boolean isAgent(String jvmArgument) {
        return jvmArgument.startsWith("-agentlib:") || jvmArgument.startsWith("-agentpath:")
                || jvmArgument.startsWith("-javaagent:") || jvmArgument.startsWith("-Xdebug")
                || jvmArgument.startsWith("-Xrunjdwp");
    }
}
