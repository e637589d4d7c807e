package io.github.mtlint.setup;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.config.ProjectConfig;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.engine.TimeBudget;
import io.github.mtlint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run settings: the command line over the project file, defaults, and errors that say where a bad value came from. */
class RunSettingsTest {

    @TempDir
    Path dir;

    private static RunSettings.Options options(Path config, Integer threads, Integer maxSize, Integer timeout, String failOn) {
        return new RunSettings.Options(config, failOn, null, List.of(), List.of(), null, threads, maxSize, timeout, false, null);
    }

    private Path project(String yaml) throws Exception {
        Path file = dir.resolve("project").resolve(ProjectConfig.FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void withoutOptionsOrFileTheDefaultsHold() throws ConfigException {
        RunSettings run = RunSettings.resolve(options(null, null, null, null, null), ProjectConfig.empty());
        assertEquals(RunSettings.defaultThreads(), run.threads());
        assertEquals(Linter.DEFAULT_MAX_DOCUMENT_BYTES, run.maxDocumentBytes());
        assertEquals(TimeBudget.DEFAULT, run.timeBudget());
        assertNull(run.baseline());
        assertFalse(run.gate().explicit());
    }

    @Test
    void theCommandLineWinsOverTheProjectFile() throws Exception {
        Path file = project("threads: 3\nmaxSize: 2\ntimeout: 30\nfailOn: major\nbaseline: old.json\n");
        ProjectConfig config = ProjectConfig.load(file);
        RunSettings fromFile = RunSettings.resolve(options(file, null, null, null, null), config);
        assertEquals(3, fromFile.threads());
        assertEquals(2_000_000L, fromFile.maxDocumentBytes());
        assertEquals(TimeBudget.fixed(30), fromFile.timeBudget());
        assertEquals(Severity.MAJOR, fromFile.gate().failOn());
        assertEquals(file.toAbsolutePath().getParent().resolve("old.json"), fromFile.baseline(),
                "the project file's paths are relative to its folder");

        RunSettings fromOptions = RunSettings.resolve(options(file, 1, 0, 0, "none"), config);
        assertEquals(1, fromOptions.threads());
        assertEquals(0L, fromOptions.maxDocumentBytes());
        assertEquals(TimeBudget.fixed(0), fromOptions.timeBudget());
        assertNull(fromOptions.gate().failOn());
        assertTrue(fromOptions.gate().explicit());
    }

    @Test
    void aBadValueIsNamedWithWhereItCameFrom() throws Exception {
        Path file = project("timeout: -5\nmaxSize: -1\n");
        ProjectConfig config = ProjectConfig.load(file);
        assertEquals(file + " maxSize: must be 0 (no limit) or more MB, got -1",
                assertThrows(ConfigException.class, () -> RunSettings.resolve(options(file, null, null, null, null), config))
                        .getMessage());
        assertEquals(file + " timeout: must be 0 (no limit) or more seconds, got -5",
                assertThrows(ConfigException.class, () -> RunSettings.resolve(options(file, null, 4, null, null), config))
                        .getMessage());
        assertEquals("--timeout: must be 0 (no limit) or more seconds, got -2",
                assertThrows(ConfigException.class, () -> RunSettings.resolve(options(file, null, 4, -2, null), config))
                        .getMessage());
        assertEquals("--threads must be at least 1",
                assertThrows(ConfigException.class, () -> RunSettings.resolve(options(null, 0, null, null, null),
                        ProjectConfig.empty())).getMessage());
        // the robustness review, round 10: a value from the project file is named with the file and its key
        Path threads = project("threads: -1\n");
        assertEquals(threads + " threads: must be at least 1, got -1",
                assertThrows(ConfigException.class, () -> RunSettings.resolve(options(threads, null, null, null, null),
                        ProjectConfig.load(threads))).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> RunSettings.resolve(options(null, null, null, null, "huge"),
                ProjectConfig.empty())).getMessage().startsWith("--fail-on: "));
        assertTrue(assertThrows(ConfigException.class, () -> RunSettings.resolve(options(null, null, null, null, null),
                ProjectConfig.load(project("failOn: huge\n")))).getMessage().startsWith(ProjectConfig.FILE_NAME + " failOn: "),
                "without --config the project file is ./mtlint.yml");
    }
}
