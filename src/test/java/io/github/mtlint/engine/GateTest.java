package io.github.mtlint.engine;

import io.github.mtlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GateTest {

    private static final List<Severity> MINOR_AND_MAJOR = List.of(Severity.MINOR, Severity.MAJOR);

    @Test
    void withoutOptionsTheMqmVerdictDecides() {
        Gate gate = Gate.of(null, null);
        assertEquals(Gate.MQM_VERDICT, gate);
        assertTrue(gate.fails(false, 99, List.of()));
        assertFalse(gate.fails(true, 10, MINOR_AND_MAJOR));
    }

    @Test
    void aSeverityFailsFindingsAtLeastThatSevereInsteadOfTheVerdict() {
        Gate major = Gate.of("major", null);
        assertTrue(major.fails(true, 100, MINOR_AND_MAJOR));
        assertFalse(major.fails(false, 40, List.of(Severity.MINOR)), "an explicit gate replaces the MQM verdict");
        assertFalse(Gate.of("critical", null).fails(true, 100, MINOR_AND_MAJOR));
    }

    @Test
    void noneFailsNothingButIsStillExplicit() {
        Gate none = Gate.of("none", null);
        assertTrue(none.explicit());
        assertFalse(none.fails(false, 0, List.of(Severity.CRITICAL)));
    }

    @Test
    void aMinimumScoreFailsDocumentsBelowIt() {
        Gate ninety = Gate.of(null, 90.0);
        assertTrue(ninety.fails(true, 89.9, List.of()));
        assertFalse(ninety.fails(false, 90, List.of(Severity.CRITICAL)));
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Gate.of("fatal", null));
        assertThrows(IllegalArgumentException.class, () -> Gate.of(null, 101.0));
        assertThrows(IllegalArgumentException.class, () -> Gate.of(null, Double.NaN));
    }
}
