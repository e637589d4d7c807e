package io.github.mtlint.cli;

import io.github.mtlint.model.UserCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through real processes, as a user runs {@code check} again and again: the cache changes how fast, never what. */
class CheckCacheTest {

    /** Misspellings whose suggestions come from LanguageTool's word lists as well as its dictionary. */
    private static final String TEXT = "President Shavkat Mirziyoev met Kassym-Jomart Tokaev in Astanna on Fridya.\n"
            + "The goverment said the comittee had recieved the proposal for multilaterallism.\n";

    private static String check(Path article, String cacheSetting) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + TunedJvm.STAY_PROPERTY + "=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "-f", "json", article.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(UserCache.VARIABLE, cacheSetting);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.GATE_FAILED, process.waitFor(), report);
        return report;
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theSecondCheckReadsTheSpellersFromTheCacheAndReportsTheSame(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), TEXT);
        Path cache = dir.resolve("cache");

        String first = check(article, cache.toString());
        List<Path> spellers;
        try (Stream<Path> files = Files.list(cache)) {
            spellers = files.filter(f -> f.getFileName().toString().startsWith("spellers-")).toList();
        }
        assertEquals(1, spellers.size(), "the first check keeps the American speller's automata: " + spellers);
        String second = check(article, cache.toString());
        String without = check(article, UserCache.OFF);

        assertTrue(first.contains("Mirziyoyev"), "a suggestion from LanguageTool's word lists: " + first);
        assertEquals(without, first);
        assertEquals(without, second);
    }
}
