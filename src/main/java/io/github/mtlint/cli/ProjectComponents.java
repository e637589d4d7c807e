package io.github.mtlint.cli;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.setup.Components;
import io.github.mtlint.setup.EngineSettings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rules and lexicons of {@code rules} and {@code explain}: those of the project file ({@code --config}, or
 * {@code ./mtlint.yml}) and the options, merged as {@code check} merges them, so that every command sees the rules
 * {@code check} would run.
 */
final class ProjectComponents {

    private ProjectComponents() {
    }

    /** @param glossaries glossaries besides the project's ({@link Components#NEWS_GLOSSARY} for the bundled one) */
    static Components build(Path config, List<Path> ruleDirs, List<Path> lexiconDirs, String variant, List<Path> glossaries)
            throws ConfigException {
        EngineSettings settings = EngineSettings.resolve(new EngineSettings.Options(config, ruleDirs, lexiconDirs, List.of(),
                List.of(), Map.of(), variant, null, null, null, null, glossaries), EngineSettings.projectConfig(config),
                LocalDate.now());
        return settings.components();
    }
}
