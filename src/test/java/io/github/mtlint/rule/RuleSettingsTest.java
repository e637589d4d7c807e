package io.github.mtlint.rule;

import io.github.mtlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleSettingsTest {

    @Test
    void theMostSpecificSeverityOverrideWinsWhateverTheOrder() {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        overrides.put("repetition.*", Severity.CRITICAL);
        overrides.put("*", Severity.NEUTRAL);
        overrides.put("rep*", Severity.MAJOR);
        overrides.put("repetition.doubled-word", Severity.MINOR);
        RuleSettings settings = new RuleSettings(null, LocalDate.of(2026, 1, 1), null, overrides);

        assertEquals(Optional.of(Severity.MINOR), settings.severityFor("repetition.doubled-word"));
        assertEquals(Optional.of(Severity.CRITICAL), settings.severityFor("repetition.mt-loop"));
        assertEquals(Optional.of(Severity.MAJOR), settings.severityFor("report.x"));
        assertEquals(Optional.of(Severity.NEUTRAL), settings.severityFor("entity.name-variant"));
        assertEquals(Optional.empty(), RuleSettings.defaults(LocalDate.of(2026, 1, 1)).severityFor("entity.name-variant"));
    }
}
