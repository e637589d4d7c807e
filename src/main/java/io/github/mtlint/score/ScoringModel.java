package io.github.mtlint.score;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The MQM 2.0 linear calibrated scoring model: absolute penalty APT = Σ severity weight × category weight;
 * normed penalty NPT = APT / words × reference word count; score = max(0, 100 − NPT × (100 − PT) / APP).
 *
 * @param name              "default" or "google" (the WMT weights), for reports
 * @param severityWeights   weight per severity
 * @param categoryWeights   weight per category; categories not listed weigh 1
 * @param pairWeights        weights for particular severity+category pairs, replacing the product
 *                          (Google's WMT scheme: a minor punctuation error weighs 0.1)
 * @param passThreshold     PT, the score a text needs to pass
 * @param acceptablePenalty APP, the normed penalty that scores exactly PT
 */
public record ScoringModel(String name, Map<Severity, Double> severityWeights, Map<Category, Double> categoryWeights,
                           List<PairWeight> pairWeights, double passThreshold, double acceptablePenalty,
                           int referenceWordCount) {

    /** A weight for one severity in one category. */
    public record PairWeight(Severity severity, Category category, double weight) {
    }

    public ScoringModel {
        Map<Severity, Double> weights = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            weights.put(s, severityWeights.getOrDefault(s, defaultWeight(s)));
        }
        severityWeights = Map.copyOf(weights);
        categoryWeights = Map.copyOf(categoryWeights);
        pairWeights = List.copyOf(pairWeights);
        // written so that NaN fails too
        if (!(passThreshold >= 0 && passThreshold <= 100)) {
            throw new IllegalArgumentException("pass threshold must be between 0 and 100, got " + passThreshold);
        }
        if (!(acceptablePenalty > 0 && acceptablePenalty < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("acceptable penalty must be positive, got " + acceptablePenalty);
        }
        severityWeights.forEach((severity, weight) -> requireWeight(severity.id(), weight));
        categoryWeights.forEach((category, weight) -> requireWeight(category.path(), weight));
        pairWeights.forEach(pair -> requireWeight(pair.severity().id() + " " + pair.category().path(), pair.weight()));
    }

    private static void requireWeight(String what, double weight) {
        if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the weight of " + what + " must be a number of at least 0, got " + weight);
        }
    }

    public static ScoringModel standard() {
        return new ScoringModel("default", Map.of(), Map.of(), List.of(), 90, 10, 1000);
    }

    /** The weights of Google's WMT MQM evaluations: as standard, but a minor punctuation error weighs 0.1. */
    public static ScoringModel google() {
        return new ScoringModel("google", Map.of(), Map.of(),
                List.of(new PairWeight(Severity.MINOR, Category.FLUENCY_PUNCTUATION, 0.1)), 90, 10, 1000);
    }

    public static ScoringModel named(String name) {
        return switch (name) {
            case "default", "mqm" -> standard();
            case "google", "wmt" -> google();
            default -> throw new IllegalArgumentException("unknown weights '" + name + "' (expected default or google)");
        };
    }

    public ScoringModel withThresholds(Double newPassThreshold, Double newAcceptablePenalty) {
        return new ScoringModel(name, severityWeights, categoryWeights, pairWeights,
                newPassThreshold == null ? passThreshold : newPassThreshold,
                newAcceptablePenalty == null ? acceptablePenalty : newAcceptablePenalty, referenceWordCount);
    }

    public ScoringModel withWeights(Map<Severity, Double> newSeverityWeights, Map<Category, Double> newCategoryWeights) {
        Map<Severity, Double> sev = new EnumMap<>(severityWeights);
        sev.putAll(newSeverityWeights);
        Map<Category, Double> cat = new EnumMap<>(Category.class);
        cat.putAll(categoryWeights);
        cat.putAll(newCategoryWeights);
        return new ScoringModel(name, sev, cat, pairWeights, passThreshold, acceptablePenalty, referenceWordCount);
    }

    public double penalty(Severity severity, Category category) {
        for (PairWeight e : pairWeights) {
            if (e.severity() == severity && e.category() == category) {
                return e.weight();
            }
        }
        return severityWeights.get(severity) * categoryWeights.getOrDefault(category, 1.0);
    }

    private static double defaultWeight(Severity s) {
        return switch (s) {
            case NEUTRAL -> 0;
            case MINOR -> 1;
            case MAJOR -> 5;
            case CRITICAL -> 25;
        };
    }
}
