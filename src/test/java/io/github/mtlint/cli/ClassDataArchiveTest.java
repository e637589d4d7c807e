package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDataArchiveTest {

    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String JAVA_VERSION = System.getProperty("java.vm.version");

    private static ClassDataArchive archive(Path jar, Path cache, List<String> jvmOptions) {
        return ClassDataArchive.forCheck(jar.toString(), jvmOptions, Map.of(ClassDataArchive.CACHE_VARIABLE, cache.toString()),
                JAVA_HOME, JAVA_VERSION, "/nonexistent-home").orElseThrow();
    }

    private static Path jar(Path dir, String name, String content) throws IOException {
        Path jar = dir.resolve(name);
        Files.writeString(jar, content);
        return jar;
    }

    @Test
    void theFirstRunWritesTheArchiveAndLaterRunsMapIt(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        ClassDataArchive first = archive(jar(dir, "mtlint.jar", "classes"), cache, List.of());
        assertTrue(first.jvmOptions().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), first.jvmOptions().toString());
        writeWhatTheJvmWouldWrite(first);
        first.adoptWritten(ExitCodes.GATE_FAILED);

        assertTrue(Files.isRegularFile(first.archive()));
        ClassDataArchive second = archive(dir.resolve("mtlint.jar"), cache, List.of());
        assertEquals(first.archive(), second.archive());
        assertTrue(second.jvmOptions().contains("-XX:SharedArchiveFile=" + second.archive()), second.jvmOptions().toString());
        assertTrue(second.jvmOptions().stream().noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")));
    }

    @Test
    void aJvmThatDidNotEndWithAnExitCodeOfMtlintLeavesNoArchive(@TempDir Path dir) throws IOException {
        ClassDataArchive archive = archive(jar(dir, "mtlint.jar", "classes"), dir.resolve("cache"), List.of());
        writeWhatTheJvmWouldWrite(archive);
        archive.adoptWritten(137);
        assertFalse(Files.exists(archive.archive()));
        try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
            assertEquals(0, left.count(), "the half-written archive is deleted");
        }
    }

    @Test
    void anotherJarOrJdkGetsAnotherArchive(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "mtlint.jar", "classes");
        String key = ClassDataArchive.key(jar.toString(), JAVA_HOME, JAVA_VERSION);
        assertEquals(key, ClassDataArchive.key(jar.toString(), JAVA_HOME, JAVA_VERSION));
        assertNotEquals(key, ClassDataArchive.key(jar.toString(), JAVA_HOME, "21.0.1+12"));
        assertNotEquals(key, ClassDataArchive.key(jar.toString(), "/opt/other-jdk", JAVA_VERSION));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertNotEquals(key, ClassDataArchive.key(jar.toString(), JAVA_HOME, JAVA_VERSION), "a rebuilt jar");
        Files.writeString(jar, "other classes");
        assertNotEquals(key, ClassDataArchive.key(jar.toString(), JAVA_HOME, JAVA_VERSION));
    }

    @Test
    void onlyTheNewestArchivesAreKept(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        List<Path> archives = new ArrayList<>();
        for (int i = 0; i < ClassDataArchive.ARCHIVES_KEPT + 2; i++) {
            ClassDataArchive archive = archive(jar(dir, "mtlint-" + i + ".jar", "classes " + i), cache, List.of());
            writeWhatTheJvmWouldWrite(archive);
            archive.adoptWritten(ExitCodes.PASS);
            Files.setLastModifiedTime(archive.archive(), FileTime.fromMillis(1_000_000L * (i + 1)));
            archives.add(archive.archive());
        }
        for (int i = 0; i < archives.size(); i++) {
            assertEquals(i >= archives.size() - ClassDataArchive.ARCHIVES_KEPT, Files.exists(archives.get(i)), archives.get(i).toString());
        }
    }

    @Test
    void theUserCanSwitchArchivesOffOrChooseTheirOwn(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "mtlint.jar", "classes");
        assertTrue(ClassDataArchive.forCheck(jar.toString(), List.of(), Map.of(ClassDataArchive.CACHE_VARIABLE, "off"),
                JAVA_HOME, JAVA_VERSION, dir.toString()).isEmpty());
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/tmp/mine.jsa")) {
            assertTrue(ClassDataArchive.forCheck(jar.toString(), List.of(own), Map.of(), JAVA_HOME, JAVA_VERSION, dir.toString())
                    .isEmpty(), own);
        }
    }

    @Test
    void anUnusableCacheFolderOrClassPathMeansNoArchive(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "mtlint.jar", "classes");
        Path notAFolder = jar(dir, "file", "x");
        assertTrue(ClassDataArchive.forCheck(jar.toString(), List.of(), Map.of(ClassDataArchive.CACHE_VARIABLE, notAFolder.toString()),
                JAVA_HOME, JAVA_VERSION, dir.toString()).isEmpty());
        assertTrue(ClassDataArchive.forCheck(dir.resolve("gone.jar").toString(), List.of(),
                Map.of(ClassDataArchive.CACHE_VARIABLE, dir.resolve("cache").toString()), JAVA_HOME, JAVA_VERSION, dir.toString()).isEmpty());
    }

    /** The JDK's user.home of a user without a passwd entry is "?": never a folder relative to where mtlint runs. */
    @Test
    void noAbsoluteCacheFolderMeansNoArchive(@TempDir Path dir) throws IOException {
        assertTrue(ClassDataArchive.forCheck(jar(dir, "mtlint.jar", "classes").toString(), List.of(), Map.of(), JAVA_HOME,
                JAVA_VERSION, "?").isEmpty());
    }

    /** The JVM cannot archive a class path with a folder in it (a build's target/classes): it would fail at exit. */
    @Test
    void aClassPathWithAFolderGetsNoArchive(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "mtlint.jar", "classes");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertTrue(ClassDataArchive.forCheck(jar + java.io.File.pathSeparator + classes, List.of(),
                Map.of(ClassDataArchive.CACHE_VARIABLE, dir.resolve("cache").toString()), JAVA_HOME, JAVA_VERSION, "/h").isEmpty());
    }

    @Test
    void archivesAbandonedByAStoppedCheckAreDeleted(@TempDir Path dir) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Process ended = new ProcessBuilder(Path.of(JAVA_HOME, "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path abandoned = Files.writeString(cache.resolve("classes-0123.jsa.tmp-" + ended.pid()), "half");
        Path writing = Files.writeString(cache.resolve("classes-4567.jsa.tmp-" + ProcessHandle.current().pid()), "half");
        archive(jar(dir, "mtlint.jar", "classes"), cache, List.of());
        assertFalse(Files.exists(abandoned), "its check is gone");
        assertTrue(Files.exists(writing), "its check still runs");
    }

    /** A real JVM: it writes the archive, the next maps classes from it, and neither prints anything of it on standard output. */
    @Test
    void aJvmWritesTheArchiveThenLoadsClassesFromItQuietly(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar");
        String entry = ArchiveProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry(entry));
            try (var in = ArchiveProbe.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(jarOut);
            }
            jarOut.closeEntry();
        }
        Path cache = dir.resolve("cache");

        ClassDataArchive first = archive(jar, cache, List.of());
        Run written = runProbe(jar, first.jvmOptions(), dir.resolve("first.log"));
        first.adoptWritten(written.exitCode);
        assertEquals("probe ran\n", written.stdout);
        assertTrue(Files.size(first.archive()) > 0, "the archive was written");

        ClassDataArchive second = archive(jar, cache, List.of());
        Path classLog = dir.resolve("second.log");
        Run mapped = runProbe(jar, second.jvmOptions(), classLog);
        assertEquals("probe ran\n", mapped.stdout);
        assertTrue(Files.readString(classLog).lines().anyMatch(l -> l.contains(ArchiveProbe.class.getName()) && l.contains("top")),
                "the probe's class came from the archive");
    }

    private record Run(int exitCode, String stdout) {
    }

    private static Run runProbe(Path jar, List<String> archiveOptions, Path classLoadLog) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString()));
        command.addAll(archiveOptions);
        command.add("-Xlog:class+load=info:file=" + classLoadLog);
        command.addAll(List.of("-cp", jar.toString(), ArchiveProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), stdout);
    }

    private static void writeWhatTheJvmWouldWrite(ClassDataArchive archive) throws IOException {
        String option = archive.jvmOptions().stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        Files.writeString(Path.of(option.substring(option.indexOf('=') + 1)), "archive");
    }
}
