package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rules} and {@code explain} see the rules of the project file, as {@code check} does. */
class ProjectComponentsTest {

    @TempDir
    Path dir;

    @Test
    void rulesAndExplainReadTheProjectFile() throws Exception {
        CommandRun.write(dir, "packs/house/cadre.yml", "kind: existence\ndescription: Our house style avoids 'cadre'.\n"
                + "message: Avoid '${match}'.\nseverity: minor\ncategory: Style/Awkward\ntokens: [cadre]\n"
                + "examples: ['The [[cadre]] met.']\n");
        Path config = CommandRun.write(dir, "mtlint.yml", "rules: [packs]\ndisable: ['repetition.*']\n");

        CommandRun rules = CommandRun.run("rules", "--config", config.toString());
        assertEquals(ExitCodes.PASS, rules.code(), rules.err());
        String cadre = rules.out().lines().filter(l -> l.startsWith("house.cadre ")).findFirst().orElseThrow(
                () -> new AssertionError("the project's pack is listed: " + rules.out()));
        assertTrue(cadre.contains(" yes "), cadre);
        String doubled = rules.out().lines().filter(l -> l.startsWith("repetition.doubled-word ")).findFirst().orElseThrow();
        assertTrue(doubled.contains(" no "), "the project switches it off: " + doubled);

        CommandRun explain = CommandRun.run("explain", "--config", config.toString(), "house.cadre");
        assertEquals(ExitCodes.PASS, explain.code(), explain.err());
        assertTrue(explain.out().contains("Our house style avoids 'cadre'."), explain.out());
        assertEquals(ExitCodes.USAGE_OR_INPUT, CommandRun.run("explain", "house.cadre").code(), "without the project, no such rule");
    }
}
