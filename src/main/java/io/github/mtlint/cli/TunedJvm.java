package io.github.mtlint.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@code mtlint check} in a JVM whose JIT suits it. The workers keep every core busy, so the C2
 * compiler competes with them for CPU; with the default thresholds it compiles so much during a run
 * of a few hundred documents that it costs more than it saves. Plain {@code java -jar} cannot pass JVM
 * options, so {@code check} restarts itself once with {@link #OPTIONS}; the user's own JVM options
 * follow ours, so theirs win. See the README's performance section for the measurements.
 */
public final class TunedJvm {

    /** Any value keeps the check in the JVM the user started. */
    static final String STAY_PROPERTY = "mtlint.jvm.stay";
    /** The first JVM's process id, in the restarted one, which must not restart again nor outlive the first. */
    static final String RESTARTED_PROPERTY = "mtlint.jvm.restarted";

    /**
     * C2 compiles a method after 50,000 calls instead of 5,000, 60,000 calls and loop iterations instead of
     * 15,000, or 400,000 iterations of one loop instead of 40,000; and inlines less deeply (6 levels instead of 15,
     * callees of compiled size up to 1,000 bytes instead of 2,500, hot ones of up to 150 bytecodes instead of 325).
     * With the thresholds alone C2 still compiled some 1,300 methods on WMT21, most of them LanguageTool's, none costly
     * alone; with these limits the check used 10-17% less processor time and one worker ran as fast.
     */
    public static final List<String> OPTIONS = List.of(
            "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=400000",
            "-XX:MaxInlineLevel=6",
            "-XX:InlineSmallCode=1000",
            "-XX:FreqInlineSize=150");

    /**
     * The throughput collector, unless the user chose one: the check's heap holds LanguageTool's data, which lives for
     * the run, and each document's analysis, which dies with it, so G1's concurrent work buys pauses nobody waits for.
     * On one article too: G1 copied the data LanguageTool was loading a dozen times.
     */
    public static final String COLLECTOR = "-XX:+UseParallelGC";

    /** What a large check starts with when the user names no collector: for benchmarks that start the JVM themselves. */
    public static final List<String> LARGE_RUN_OPTIONS =
            Stream.concat(OPTIONS.stream(), Stream.of(COLLECTOR)).toList();

    /**
     * Inputs up to this size are checked with C1 alone: on one article C2 spends half the CPU of a cold run compiling
     * code the run is over before it gains from (README, Performance). On the 1.6 MB of WMT21 C1 alone is as fast,
     * on three times that it is slower; this bound leaves room on both sides.
     */
    static final long SMALL_INPUT_BYTES = 512 * 1024;
    static final List<String> SMALL_INPUT_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    /**
     * The check's heap: a base for LanguageTool, the rules and the lexicon (about 130 MB live once loaded), and room per
     * worker thread for the document in flight (LanguageTool's analysis holds about 170 MB per MB of text, and
     * documents are analysed in pieces of at most 0.5 MB, {@code Linter.PIECE_CHARS}). Without a bound G1 grows the heap
     * to a quarter of the machine's memory: 1 MB of news took 2.2 GB resident where 1 GB of heap was enough.
     */
    static final long BASE_HEAP_MB = 512;
    static final long HEAP_PER_WORKER_MB = 256;
    /** A user's option that sizes the heap; then theirs decides. */
    private static final List<String> HEAP_SIZE_PREFIXES = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAMPercentage=",
            "-XX:MaxRAM=", "-XX:MaxRAMFraction=");
    /**
     * Loading LanguageTool and checking one article allocate about 600 MB, 170 MB of it LanguageTool's data: with a
     * young generation this large it is collected once instead of being copied a dozen times while it loads (0.2 s of
     * a 2.5 s check). Never more than seven tenths of the heap, so that the old generation holds the data.
     */
    static final long SMALL_INPUT_YOUNG_MB = 700;
    /** A user's option that sizes the heap or its generations; then we add none. */
    private static final List<String> GENERATION_SIZE_PREFIXES = List.of("-Xms", "-Xmn", "-XX:NewSize=",
            "-XX:MaxNewSize=", "-XX:NewRatio=", "-XX:InitialHeapSize=", "-XX:InitialRAMPercentage=");

    /**
     * JVM options that do the same in a second JVM; any other (a JMX port, a flight recording, a log file, an
     * options file, an agent) belongs to the JVM the user started, so the check stays there.
     */
    private static final List<String> REPEATABLE_OPTION_PREFIXES = List.of(
            "-Xmx", "-Xms", "-Xss", "-Xmn", "-Xshare:", "-XX:SharedArchiveFile=",
            "-XX:MaxRAMPercentage=", "-XX:InitialRAMPercentage=", "-XX:MinRAMPercentage=", "-XX:MaxRAM=",
            "-XX:ActiveProcessorCount=", "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC", "-XX:+UseZGC",
            "-XX:+UseShenandoahGC", "-XX:Tier", "-XX:+TieredCompilation", "-XX:-TieredCompilation",
            "-XX:CICompilerCount=", "-XX:ReservedCodeCacheSize=", "-XX:MaxInlineLevel=", "-XX:InlineSmallCode=",
            "-XX:FreqInlineSize=", "-XX:MaxInlineSize=", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:+UnlockExperimentalVMOptions", "-XX:+PrintCommandLineFlags",
            "-ea", "-da", "-esa", "-dsa", "-enableassertions", "-disableassertions",
            "--add-opens", "--add-exports", "--add-modules", "--enable-preview");
    /** -D properties a second JVM would act on again: remote management opens a port. */
    private static final List<String> UNREPEATABLE_PROPERTY_PREFIXES = List.of("-Dcom.sun.management.", "-Djava.rmi.");
    /** The launcher and the JVM read these, and their options are already among the forwarded ones. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final long SECONDS_FOR_THE_CHECK_TO_STOP = 10;

    private TunedJvm() {
    }

    /**
     * Runs the command line in a restarted JVM and returns its exit code, or nothing when this JVM should
     * run it (see {@link #restartCommand}, or when no {@code java} launcher can be started). Blocks until
     * the restarted JVM ends, and ends it if this one is stopped.
     */
    static OptionalInt runCheckInTunedJvm(String[] args) {
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        boolean onClassPath = isOnApplicationClassPath();
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String classPath = onClassPath ? System.getProperty("java.class.path") : null;
        Optional<List<String>> command = restartCommand(args, jvmOptions, java, classPath,
                System.getProperty(STAY_PROPERTY) != null || System.getProperty(RESTARTED_PROPERTY) != null,
                inputsAtMost(args, SMALL_INPUT_BYTES));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<ClassDataArchive> archive = ClassDataArchive.forCheck(classPath, jvmOptions, System.getenv(),
                System.getProperty("java.home"), System.getProperty("java.vm.version"), System.getProperty("user.home"));
        List<String> tunedCommand = new ArrayList<>(command.get());
        // right after the launcher, so that the user's own JVM options, which follow, still win
        archive.ifPresent(a -> tunedCommand.addAll(1, a.jvmOptions()));
        ProcessBuilder builder = new ProcessBuilder(tunedCommand).inheritIO();
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        AtomicReference<Process> started = new AtomicReference<>();
        Thread stopper = new Thread(() -> Optional.ofNullable(started.get()).ifPresent(TunedJvm::stop),
                "mtlint-stop-tuned-jvm");
        Runtime.getRuntime().addShutdownHook(stopper);
        Process check;
        try {
            check = builder.start();
            started.set(check);
        } catch (IOException | RuntimeException cannotStart) {
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (System.getenv("MTLINT_DEBUG") != null) {
                System.err.println("mtlint: checking in this JVM, could not start a tuned one: " + cannotStart);
            }
            return OptionalInt.empty();
        }
        try {
            int exitCode = check.waitFor();
            archive.ifPresent(a -> a.adoptWritten(exitCode));
            return OptionalInt.of(exitCode);
        } catch (InterruptedException interrupted) {
            // nothing interrupts the main thread; should something, the check must not run on unattended
            Thread.currentThread().interrupt();
            stop(check);
            return OptionalInt.of(ExitCodes.INTERNAL);
        }
    }

    /** In the restarted JVM: ends the check if the first JVM is killed without a chance to stop it. */
    static void endWithTheFirstJvm() {
        String firstPid = System.getProperty(RESTARTED_PROPERTY);
        if (firstPid == null) {
            return;
        }
        Optional<ProcessHandle> first;
        try {
            first = ProcessHandle.of(Long.parseLong(firstPid));
        } catch (NumberFormatException notAPid) {
            return;
        }
        first.ifPresentOrElse(
                alive -> alive.onExit().thenRun(TunedJvm::endNow),
                TunedJvm::endNow);
    }

    /** The first JVM is gone: nobody reads the output or the exit code, so the check stops at once. */
    private static void endNow() {
        Runtime.getRuntime().halt(ExitCodes.INTERNAL);
    }

    /**
     * The restarted JVM's command line, or nothing when this JVM should run the check itself: another
     * command than {@code check}, already restarted or asked to stay, not started from a class path
     * ({@code classPath} null or empty), or started with a JVM option a second JVM should not repeat.
     */
    static Optional<List<String>> restartCommand(String[] args, List<String> jvmOptions, String java,
                                                 String classPath, boolean stay) {
        return restartCommand(args, jvmOptions, java, classPath, stay, false);
    }

    /** As above; {@code smallInput}: the inputs are small enough for C1 alone ({@link #SMALL_INPUT_OPTIONS}). */
    static Optional<List<String>> restartCommand(String[] args, List<String> jvmOptions, String java,
                                                 String classPath, boolean stay, boolean smallInput) {
        if (stay || !isCheck(args) || checksOnAServer(args) || classPath == null || classPath.isEmpty()
                || !jvmOptions.stream().allMatch(TunedJvm::isRepeatable) || namesAnInheritableDescriptor(args)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(smallInput ? SMALL_INPUT_OPTIONS : OPTIONS);
        if (jvmOptions.stream().noneMatch(TunedJvm::choosesCollector)) {
            command.add(COLLECTOR);
        }
        int processors = Runtime.getRuntime().availableProcessors();
        long defaultMaxBytes = Runtime.getRuntime().maxMemory();
        heapOption(jvmOptions, processors, defaultMaxBytes).ifPresent(command::add);
        if (smallInput) {
            command.addAll(smallInputHeapOptions(jvmOptions, processors, defaultMaxBytes));
        }
        command.addAll(jvmOptions);
        command.add("-D" + RESTARTED_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Two collectors on one command line stop the JVM before it starts. */
    private static boolean choosesCollector(String jvmOption) {
        return COLLECTOR_OPTION.matcher(jvmOption).matches();
    }

    private static final Pattern COLLECTOR_OPTION = Pattern.compile("-XX:[+-]Use\\w*GC");

    /**
     * {@code -Xmx} for the check: {@link #BASE_HEAP_MB} and {@link #HEAP_PER_WORKER_MB} per processor, but never more
     * than the JVM would take by itself ({@code defaultMaxBytes}, its default maximum heap); nothing when the user
     * sized the heap.
     */
    static Optional<String> heapOption(List<String> jvmOptions, int processors, long defaultMaxBytes) {
        if (jvmOptions.stream().anyMatch(option -> HEAP_SIZE_PREFIXES.stream().anyMatch(option::startsWith))) {
            return Optional.empty();
        }
        return Optional.of("-Xmx" + heapMegabytes(processors, defaultMaxBytes) + "m");
    }

    private static long heapMegabytes(int processors, long defaultMaxBytes) {
        return Math.min(BASE_HEAP_MB + HEAP_PER_WORKER_MB * Math.max(1, processors), defaultMaxBytes >> 20);
    }

    /**
     * For a small check, the whole heap from the start and a young generation of {@link #SMALL_INPUT_YOUNG_MB}; nothing
     * when the user sized the heap or its generations.
     */
    static List<String> smallInputHeapOptions(List<String> jvmOptions, int processors, long defaultMaxBytes) {
        if (jvmOptions.stream().anyMatch(option -> Stream.concat(HEAP_SIZE_PREFIXES.stream(), GENERATION_SIZE_PREFIXES.stream())
                .anyMatch(option::startsWith))) {
            return List.of();
        }
        long heap = heapMegabytes(processors, defaultMaxBytes);
        return List.of("-Xms" + heap + "m", "-Xmn" + Math.min(SMALL_INPUT_YOUNG_MB, heap * 7 / 10) + "m");
    }

    /**
     * The top-level command takes no option with a value ({@code TunedJvmTest} keeps it so), so the first word
     * that is no option names the command.
     */
    private static boolean isCheck(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg.equals("check");
            }
        }
        return false;
    }

    /**
     * Whether an argument is one of this process's own file descriptors beyond standard input, output and error, as
     * {@code <(command)} passes ({@code /dev/fd/63}): a second JVM inherits only those three, so the check stays here.
     */
    private static boolean namesAnInheritableDescriptor(String[] args) {
        for (String arg : args) {
            Matcher descriptor = OWN_DESCRIPTOR.matcher(arg);
            if (descriptor.matches() && Integer.parseInt(descriptor.group(2)) > 2
                    && (descriptor.group(1) == null || descriptor.group(1).equals("self")
                    || descriptor.group(1).equals(Long.toString(ProcessHandle.current().pid())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the files and folders named on the command line hold at most {@code limit} bytes (folders: their
     * {@code *.txt} files, as {@code check} reads them by default). An option's value that names a file counts too,
     * which can only make a run look larger; standard input is of unknown size, so not small.
     */
    static boolean inputsAtMost(String[] args, long limit) {
        long total = 0;
        boolean anyInput = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                return false;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (java.nio.file.InvalidPathException notAPath) {
                continue;
            }
            try {
                if (java.nio.file.Files.isRegularFile(path)) {
                    total += java.nio.file.Files.size(path);
                    anyInput = true;
                } else if (java.nio.file.Files.isDirectory(path)) {
                    anyInput = true;
                    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(path)) {
                        java.util.Iterator<Path> it = files.filter(f -> f.getFileName().toString().endsWith(".txt")).iterator();
                        while (it.hasNext() && total <= limit) {
                            Path file = it.next();
                            if (java.nio.file.Files.isRegularFile(file)) {
                                total += java.nio.file.Files.size(file);
                            }
                        }
                    }
                }
            } catch (IOException | java.io.UncheckedIOException | SecurityException unreadable) {
                // check names it; its size cannot tip the choice
            }
            if (total > limit) {
                return false;
            }
        }
        return anyInput;
    }

    /** {@code check --server URL} only reads files and sends them: a second JVM would only add its start-up. */
    private static boolean checksOnAServer(String[] args) {
        for (String arg : args) {
            if (arg.equals("--server") || arg.startsWith("--server=")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern OWN_DESCRIPTOR = Pattern.compile("(?:/dev/fd|/proc/(self|\\d+)/fd)/(\\d{1,9})");

    static boolean isRepeatable(String jvmOption) {
        if (jvmOption.startsWith("-D")) {
            return UNREPEATABLE_PROPERTY_PREFIXES.stream().noneMatch(jvmOption::startsWith);
        }
        return REPEATABLE_OPTION_PREFIXES.stream().anyMatch(jvmOption::startsWith);
    }

    /** False when a host (a build tool, a test runner) loaded mtlint in a class loader of its own. */
    private static boolean isOnApplicationClassPath() {
        try {
            return Class.forName(Main.class.getName(), false, ClassLoader.getSystemClassLoader()) == Main.class;
        } catch (ClassNotFoundException notThere) {
            return false;
        }
    }

    /** Asks the check to stop, and waits for it so that nothing writes after this JVM has ended. */
    private static void stop(Process check) {
        check.destroy();
        try {
            check.waitFor(SECONDS_FOR_THE_CHECK_TO_STOP, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
