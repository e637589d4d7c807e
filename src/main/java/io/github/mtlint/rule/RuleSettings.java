package io.github.mtlint.rule;

import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Severity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Run-wide settings rules see through their context.
 *
 * @param date               the date given with {@code --date}, or null
 * @param today              the fallback date when neither {@code --date} nor a dateline gives one
 * @param variant            the English variant given with {@code --variant}, or null
 * @param severityOverrides  severity by rule id or id glob ("entity.*"); where several match a rule, the most
 *                           specific (the exact id, else the longest glob) decides
 */
public record RuleSettings(LocalDate date, LocalDate today, EnglishVariant variant,
                           Map<String, Severity> severityOverrides) {

    public RuleSettings {
        severityOverrides = Map.copyOf(severityOverrides);
    }

    public static RuleSettings defaults(LocalDate today) {
        return new RuleSettings(null, today, null, Map.of());
    }

    public Optional<Severity> severityFor(String ruleId) {
        Severity exact = severityOverrides.get(ruleId);
        if (exact != null) {
            return Optional.of(exact);
        }
        return severityOverrides.entrySet().stream()
                .filter(e -> RuleIds.matches(e.getKey(), ruleId))
                .max(Comparator.comparingInt(e -> RuleIds.specificity(e.getKey())))
                .map(Map.Entry::getValue);
    }
}
