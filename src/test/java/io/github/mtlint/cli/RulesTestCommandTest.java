package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mtlint rules --test}: every bundled example passes as the command runs it, and a wrong one is named. */
class RulesTestCommandTest {

    /** Marks three words where the rule flags one: an example that overlap alone would have passed. */
    private static final String LOOSE_EXAMPLE = """
            kind: existence
            description: Officialese.
            message: "'${match}' is officialese."
            severity: minor
            category: Style/Unidiomatic
            tokens: [masses]
            examples:
              - "The policy benefits [[the broad masses]]."
              - "The policy benefits ordinary people."
            """;

    @TempDir
    Path dir;

    @Test
    void reportsTheOneWrongExampleAmongAllTheOthers() throws Exception {
        CommandRun.write(dir, "house/officialese.yml", LOOSE_EXAMPLE);
        CommandRun run = CommandRun.run("rules", "--test", "--rules", dir.toString(), "--rules", "src/test/resources/packs");
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("house.officialese (pack " + dir + "/house/officialese.yml): example The policy benefits [[the broad masses]].\n"
                + "  expected a finding on exactly 'the broad masses' at 20-36\n"
                + "  unexpected finding on 'masses' at 30-36: 'masses' is officialese.\n"), run.out());
        Matcher summary = Pattern.compile("(\\d+) examples, (\\d+) failures?\\n$").matcher(run.out());
        assertTrue(summary.find(), run.out());
        assertEquals("1", summary.group(2), "only the wrong example fails:\n" + run.out());
        assertTrue(Integer.parseInt(summary.group(1)) > 300, "every bundled and test-pack example runs: " + summary.group(1));
    }
}
