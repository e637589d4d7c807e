package io.github.mtlint.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes in mtlint.yml are reported with the file, line and column, never silently taken. */
class ProjectConfigTest {

    @TempDir
    Path dir;

    private ConfigException error(String yaml) throws Exception {
        Path file = dir.resolve("mtlint.yml");
        Files.writeString(file, yaml);
        return assertThrows(ConfigException.class, () -> ProjectConfig.load(file));
    }

    /** A new project's mtlint.yml may be empty or hold only comments: it sets nothing (the robustness review, round 10). */
    @Test
    void anEmptyFileOrOneOfCommentsSetsNothing() throws Exception {
        Path file = dir.resolve("mtlint.yml");
        for (String yaml : List.of("", "\n\n", "# project settings\n# failOn: major\n", "---\n")) {
            Files.writeString(file, yaml);
            assertEquals(ProjectConfig.empty(), ProjectConfig.load(file), yaml);
        }
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws Exception {
        String message = error("minScore: 85\nfailOn: major\nminScore: 95\n").getMessage();
        assertTrue(message.matches(Pattern.quote(dir.resolve("mtlint.yml").toString()) + ":3:\\d+: duplicate key 'minScore'"), message);
    }

    @Test
    void aTabGetsItsPosition() throws Exception {
        String message = error("failOn: major\n\tminScore: 85\n").getMessage();
        assertEquals(dir.resolve("mtlint.yml") + ":2:1: found a tab character where YAML allows only spaces", message);
    }

    @Test
    void anUnknownKeyIsReportedWhereItStands() throws Exception {
        String message = error("failOnn: minor\nthreads: 2\n# the end\n").getMessage();
        assertTrue(message.startsWith(dir.resolve("mtlint.yml") + ":1:1: unknown key 'failOnn' (known: "), message);
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpected() throws Exception {
        assertEquals(dir.resolve("mtlint.yml") + ":2:1: failOn: expected a single value, not a list",
                error("threads: 2\nfailOn: [major]\n").getMessage());
        assertEquals(dir.resolve("mtlint.yml") + ":1:1: threads: expected a number, not 'many'",
                error("threads: many\n").getMessage());
    }
}
