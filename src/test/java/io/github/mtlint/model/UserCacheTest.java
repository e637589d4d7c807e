package io.github.mtlint.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserCacheTest {

    @Test
    void theCacheFolderFollowsTheXdgConvention() {
        assertEquals(Optional.of(Path.of("/c/mtlint")), UserCache.folder(null, "/c", "/home/u"));
        assertEquals(Optional.of(Path.of("/home/u/.cache/mtlint")), UserCache.folder(null, null, "/home/u"));
        assertEquals(Optional.of(Path.of("/mine")), UserCache.folder("/mine", "/c", "/home/u"));
        assertEquals(Optional.of(Path.of("/home/u/.cache/mtlint")), UserCache.folder(null, "relative", "/home/u"),
                "the XDG convention ignores a relative path");
        assertEquals(Optional.of(Path.of("/c/mtlint")), UserCache.folder(Map.of("XDG_CACHE_HOME", "/c"), "/home/u"));
    }

    @Test
    void theUserCanSwitchTheCacheOff() {
        assertTrue(UserCache.folder(Map.of(UserCache.VARIABLE, "off"), "/home/u").isEmpty());
        assertTrue(UserCache.folder(Map.of(UserCache.VARIABLE, "OFF"), "/home/u").isEmpty());
    }

    /** The JDK's user.home of a user without a passwd entry is "?": never a folder relative to where mtlint runs. */
    @Test
    void noAbsoluteCacheFolderMeansNone() {
        assertTrue(UserCache.folder(null, null, "?").isEmpty());
        assertTrue(UserCache.folder("cache", null, "/home/u").isEmpty());
        assertTrue(UserCache.folder(Map.of(), null).isEmpty());
    }

    @Test
    void theKeyChangesWithTheIdentityAndWithAFilesSizeOrTime(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "one");
        String key = UserCache.key("17", List.of(jar));
        assertEquals(key, UserCache.key("17", List.of(jar)));
        assertEquals(24, key.length());
        assertNotEquals(key, UserCache.key("21", List.of(jar)));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        String touched = UserCache.key("17", List.of(jar));
        assertNotEquals(key, touched);
        Files.writeString(jar, "three");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis()));
        assertNotEquals(touched, UserCache.key("17", List.of(jar)));
    }

    @Test
    void aFileBeingWrittenIsNamedAfterItsProcessAndDeletedOnceThatProcessIsGone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spellers-1.bin");
        Path writing = Files.writeString(UserCache.writingFile(file), "half");
        assertEquals(dir, writing.getParent());
        assertTrue(writing.getFileName().toString().startsWith("spellers-1.bin"), writing.toString());
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path abandoned = Files.writeString(dir.resolve("spellers-2.bin.tmp-" + ended.pid()), "half");
        Path otherKind = Files.writeString(dir.resolve("classes-3.jsa.tmp-" + ended.pid()), "half");

        UserCache.deleteAbandoned(dir, "spellers-");
        assertTrue(Files.exists(writing), "its process still runs");
        assertFalse(Files.exists(abandoned), "its process is gone");
        assertTrue(Files.exists(otherKind), "another kind of file");
    }

    @Test
    void onlyTheNewestFilesOfAKindAreKept(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 5; i++) {
            Path file = Files.writeString(dir.resolve("spellers-" + i + ".bin"), "x");
            Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path other = Files.writeString(dir.resolve("classes-0.jsa"), "x");
        Files.setLastModifiedTime(other, FileTime.fromMillis(1));
        UserCache.keepNewest(dir, "spellers-", ".bin", 2);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("classes-0.jsa", "spellers-3.bin", "spellers-4.bin"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
