package io.github.mtlint.cli;

import io.github.mtlint.model.UserCache;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive (AppCDS) for the check's JVM: the classes of LanguageTool, mtlint and their libraries,
 * parsed and verified once and mapped from a file on later runs, which takes a tenth off the CPU time of a cold
 * one-article check. The first run writes the archive when its JVM exits ({@code -XX:ArchiveClassesAtExit}); later
 * runs map it ({@code -XX:SharedArchiveFile}). An archive belongs to one JVM and one class path (the jars' paths, sizes
 * and times), which its file name encodes, so a new jar or JDK gets a new archive and never a wrong one; a JVM
 * that cannot use an archive ignores it. The JVM's CDS messages are switched off and its other warnings go to
 * standard error, so that nothing but the report reaches standard output.
 */
final class ClassDataArchive {

    static final String CACHE_VARIABLE = UserCache.VARIABLE;
    static final String OFF = UserCache.OFF;
    /** Archives kept, the newest: a few mtlint versions or JDKs may be used in turn. */
    static final int ARCHIVES_KEPT = 3;
    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jsa";
    /** The JVM's own archive options: the user's choice wins over ours. */
    private static final List<String> USER_ARCHIVE_OPTIONS = List.of("-Xshare:", "-XX:SharedArchiveFile=",
            "-XX:ArchiveClassesAtExit=");
    /**
     * Warnings and the JVM's own messages to standard error instead of standard output, and no CDS messages (an archive
     * made stale by a new jar).
     */
    private static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr",
            "-XX:+DisplayVMOutputToStderr");

    private final Path archive;
    private final Path written;

    private ClassDataArchive(Path archive, Path written) {
        this.archive = archive;
        this.written = written;
    }

    /**
     * The archive for this JVM and class path, or nothing when the user switched archives off (or chose their own),
     * there is no absolute cache folder or it cannot be made, or the class path is not all jars (the JVM archives no
     * class path with a folder in it: it would fail at exit).
     */
    static Optional<ClassDataArchive> forCheck(String classPath, List<String> jvmOptions, Map<String, String> environment,
                                               String javaHome, String javaVersion, String userHome) {
        if (jvmOptions.stream().anyMatch(o -> USER_ARCHIVE_OPTIONS.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        try {
            if (!Stream.of(classPath.split(File.pathSeparator)).map(Path::of).allMatch(Files::isRegularFile)) {
                return Optional.empty();
            }
            Optional<Path> folder = UserCache.folder(environment, userHome);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            Files.createDirectories(folder.get());
            // archives a check was writing when its first JVM was stopped
            UserCache.deleteAbandoned(folder.get(), PREFIX);
            Path archive = folder.get().resolve(PREFIX + key(classPath, javaHome, javaVersion) + SUFFIX);
            return Optional.of(new ClassDataArchive(archive, UserCache.writingFile(archive)));
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    /** What tells this JVM and class path from another: the JDK, and each entry's path, size and modification time. */
    static String key(String classPath, String javaHome, String javaVersion) throws IOException {
        return UserCache.key(javaHome + '\n' + javaVersion + '\n' + classPath,
                Stream.of(classPath.split(File.pathSeparator)).map(Path::of).toList());
    }

    /** The options of the check's JVM: map the archive if there is one, else write it at exit. */
    List<String> jvmOptions() {
        String archiveOption = Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + written;
        return Stream.concat(QUIET.stream(), Stream.of(archiveOption)).toList();
    }

    /**
     * After the check's JVM ended with {@code exitCode}: an archive it wrote takes its place (atomically, so that a
     * run starting meanwhile sees a whole archive or none), and all but the newest {@link #ARCHIVES_KEPT} archives are
     * deleted. A JVM that ended otherwise than with one of mtlint's exit codes may have left half an archive.
     */
    void adoptWritten(int exitCode) {
        if (!Files.isRegularFile(written)) {
            return;
        }
        if (exitCode < ExitCodes.PASS || exitCode > ExitCodes.INTERNAL) {
            UserCache.deleteQuietly(written);
            return;
        }
        try {
            Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            UserCache.keepNewest(archive.getParent(), PREFIX, SUFFIX, ARCHIVES_KEPT);
        } catch (IOException | RuntimeException notAdopted) {
            UserCache.deleteQuietly(written);
        }
    }

    Path archive() {
        return archive;
    }
}
