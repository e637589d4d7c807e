package io.github.mtlint.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's cache folder: what a check derives from mtlint's jars once and reuses on later runs to start faster (the
 * class archive of the check's JVM, LanguageTool's built speller automata). Everything in it can be deleted at any
 * time; a file names the jars it was made from in its name, so a new mtlint or JDK never reads an old one.
 */
public final class UserCache {

    /** {@code off}, or the folder to keep the cache in (default {@code $XDG_CACHE_HOME/mtlint}, else {@code ~/.cache/mtlint}). */
    public static final String VARIABLE = "MTLINT_CACHE";
    public static final String OFF = "off";
    private static final String WRITING = ".tmp-";

    private UserCache() {
    }

    /** The cache folder of the user running this process ({@link #folder(Map, String)}). */
    public static Optional<Path> folderOfThisUser() {
        return folder(System.getenv(), System.getProperty("user.home"));
    }

    /** The cache folder for this environment, or nothing when the user switched the cache off or has no absolute one. */
    public static Optional<Path> folder(Map<String, String> environment, String userHome) {
        String setting = environment.get(VARIABLE);
        return OFF.equalsIgnoreCase(setting) ? Optional.empty()
                : folder(setting, environment.get("XDG_CACHE_HOME"), userHome);
    }

    /**
     * {@code MTLINT_CACHE}, else {@code $XDG_CACHE_HOME/mtlint}, else {@code ~/.cache/mtlint}; only absolute paths
     * count (a user without a home has {@code ?} for one), so that nothing lands in the working folder.
     */
    public static Optional<Path> folder(String setting, String xdgCacheHome, String userHome) {
        Path folder;
        if (setting != null && !setting.isBlank()) {
            folder = Path.of(setting);
        } else if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            folder = Path.of(xdgCacheHome, "mtlint");
        } else {
            folder = userHome == null ? null : Path.of(userHome, ".cache", "mtlint");
        }
        return Optional.ofNullable(folder).filter(Path::isAbsolute);
    }

    /**
     * What tells one build from another: {@code identity} (versions, the JDK) and each file's absolute path, size and
     * modification time; 24 hex digits of their SHA-256.
     */
    public static String key(String identity, Collection<Path> files) throws IOException {
        StringBuilder text = new StringBuilder(identity);
        for (Path file : files) {
            Path path = file.toAbsolutePath();
            text.append('\n').append(path).append(' ').append(Files.size(path)).append(' ')
                    .append(Files.getLastModifiedTime(path).toMillis());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException noSha256) {
            throw new IllegalStateException(noSha256);
        }
    }

    /** Deletes all but the {@code kept} newest files of the folder whose names start and end so. */
    public static void keepNewest(Path folder, String prefix, String suffix, int kept) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(UserCache::modified).reversed())
                    .skip(kept)
                    .forEach(UserCache::deleteQuietly);
        }
    }

    /**
     * Where this process writes {@code file} before moving it into place, so that a run starting meanwhile sees a whole
     * file or none: beside it, named after this process.
     */
    public static Path writingFile(Path file) {
        return file.resolveSibling(file.getFileName() + WRITING + ProcessHandle.current().pid());
    }

    /** Files of this kind a process was writing when it was stopped: the process is gone, and nobody finishes them. */
    public static void deleteAbandoned(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> {
                String name = f.getFileName().toString();
                int writing = name.lastIndexOf(WRITING);
                if (!name.startsWith(prefix) || writing < 0) {
                    return false;
                }
                try {
                    return ProcessHandle.of(Long.parseLong(name.substring(writing + WRITING.length()))).isEmpty();
                } catch (NumberFormatException notOurs) {
                    return false;
                }
            }).forEach(UserCache::deleteQuietly);
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException notOurs) {
            // another user's or a read-only folder: the cache only speeds starts up
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException gone) {
            return 0;
        }
    }
}
