package io.github.mtlint.engine;

import io.github.mtlint.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BaselineTest {

    private static final String DOUBLED = Fingerprints.key("repetition.doubled-word", "and and");

    @TempDir
    Path dir;

    @Test
    void aNewFindingOnAnEditedLineIsReportedThereNotOnTheAcceptedOneAfterIt() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{3, 61}});
        boolean[] accepted = baseline.accepted("a.txt", keys(2), List.of(at(2, 27), at(3, 61)));
        assertArrayEquals(new boolean[] {false, true}, accepted);
    }

    @Test
    void linesAddedAboveMoveTheAcceptedFindingButKeepItsColumn() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{3, 61}});
        boolean[] accepted = baseline.accepted("a.txt", keys(2), List.of(at(3, 10), at(8, 61)));
        assertArrayEquals(new boolean[] {false, true}, accepted);
    }

    @Test
    void textAddedBeforeTheAcceptedFindingOnItsLineLeavesItTheNearerOne() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{3, 61}});
        boolean[] accepted = baseline.accepted("a.txt", keys(2), List.of(at(3, 20), at(3, 69)));
        assertArrayEquals(new boolean[] {false, true}, accepted);
    }

    @Test
    void asManyFindingsAsAcceptedOrFewerAreAllAccepted() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{3, 61}, {9, 4}});
        assertArrayEquals(new boolean[] {true, true}, baseline.accepted("a.txt", keys(2), List.of(at(1, 1), at(2, 2))));
        assertArrayEquals(new boolean[] {true}, baseline.accepted("./a.txt", keys(1), List.of(at(30, 3))));
    }

    @Test
    void withoutEvidenceTheEarlierFindingsAreTheAcceptedOnes() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{5, 1}, {6, 1}});
        boolean[] accepted = baseline.accepted("a.txt", keys(4), List.of(at(5, 7), at(6, 7), at(7, 7), at(8, 7)));
        assertEquals("[true, true, false, false]", Arrays.toString(accepted));
    }

    @Test
    void matchesKeepTheirOrder() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{2, 5}, {4, 9}});
        boolean[] accepted = baseline.accepted("a.txt", keys(3), List.of(at(2, 5), at(3, 9), at(5, 9)));
        assertArrayEquals(new boolean[] {true, true, false}, accepted);
    }

    @Test
    void otherFilesAndOtherTextsAreNotAccepted() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{3, 61}});
        assertArrayEquals(new boolean[] {false}, baseline.accepted("b.txt", keys(1), List.of(at(3, 61))));
        assertArrayEquals(new boolean[] {false},
                baseline.accepted("a.txt", List.of(Fingerprints.key("repetition.doubled-word", "the the")), List.of(at(3, 61))));
    }

    @Test
    void acceptedFindingsThatNoLongerOccurInACheckedFileAreCounted() throws Exception {
        Baseline baseline = baselineWith(new int[][] {{3, 61}, {9, 4}});
        assertEquals(1, baseline.unmatched("a.txt", keys(1)));
        assertEquals(2, baseline.unmatched("./a.txt", List.of()));
        assertEquals(0, baseline.unmatched("a.txt", keys(3)));
        // a file the baseline does not list has nothing to go stale
        assertEquals(0, baseline.unmatched("b.txt", keys(1)));
    }

    private Baseline baselineWith(int[][] places) throws Exception {
        String issues = String.join(",", Arrays.stream(places).map(p -> "{\"rule\": \"repetition.doubled-word\", \"text\": \"and and\", "
                + "\"line\": " + p[0] + ", \"column\": " + p[1] + "}").toList());
        Path report = dir.resolve("baseline.json");
        Files.writeString(report, "{\"files\": [{\"path\": \"a.txt\", \"issues\": [" + issues + "]}]}");
        return Baseline.load(report);
    }

    private static List<String> keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> DOUBLED).toList();
    }

    private static Location at(int line, int column) {
        return new Location(line, column, line, column + 7);
    }
}
