package io.github.mtlint.score;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MqmScorerTest {

    private static Issue issue(Severity severity, Category category) {
        return new Issue("r", category, severity, "m", new Span(0, 1), List.of());
    }

    private static List<Issue> times(int n, Issue issue) {
        return Collections.nCopies(n, issue);
    }

    @Test
    void aCleanTextScoresAHundred() {
        MqmScore score = new MqmScorer(ScoringModel.standard()).score(List.of(), 500);
        assertEquals(100, score.score());
        assertTrue(score.passed());
    }

    @Test
    void tenMinorErrorsPerThousandWordsScoreExactlyTheThreshold() {
        MqmScore score = new MqmScorer(ScoringModel.standard()).score(times(10, issue(Severity.MINOR, Category.FLUENCY_GRAMMAR)), 1000);
        assertEquals(10, score.penalty());
        assertEquals(10, score.normedPenalty(), 1e-9);
        assertEquals(90, score.score(), 1e-9);
        assertTrue(score.passed());
    }

    @Test
    void majorErrorsWeighFiveAndACriticalOneFails() {
        MqmScorer scorer = new MqmScorer(ScoringModel.standard());
        assertEquals(50, scorer.score(times(2, issue(Severity.MAJOR, Category.ACCURACY_MISTRANSLATION)), 200).score(), 1e-9);
        MqmScore critical = scorer.score(List.of(issue(Severity.CRITICAL, Category.ACCURACY_MISTRANSLATION)), 100_000);
        assertEquals(99.75, critical.score(), 1e-9);
        assertFalse(critical.passed());
    }

    @Test
    void refusesWeightsAndThresholdsThatAreNotNumbersOrNegative() {
        ScoringModel standard = ScoringModel.standard();
        assertThrows(IllegalArgumentException.class, () -> standard.withWeights(Map.of(Severity.MINOR, -5.0), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> standard.withWeights(Map.of(), Map.of(Category.FLUENCY_GRAMMAR, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> standard.withThresholds(Double.NaN, null));
        assertThrows(IllegalArgumentException.class, () -> standard.withThresholds(null, Double.POSITIVE_INFINITY));
        assertEquals(0.5, standard.withWeights(Map.of(Severity.MINOR, 0.5), Map.of()).severityWeights().get(Severity.MINOR));
    }

    @Test
    void neverScoresBelowZero() {
        assertEquals(0, new MqmScorer(ScoringModel.standard()).score(times(40, issue(Severity.MAJOR, Category.FLUENCY_GRAMMAR)), 100).score());
    }

    @Test
    void googleWeightsCountAMinorPunctuationErrorAsATenth() {
        ScoringModel google = ScoringModel.google();
        assertEquals(0.1, google.penalty(Severity.MINOR, Category.FLUENCY_PUNCTUATION), 1e-9);
        assertEquals(5, google.penalty(Severity.MAJOR, Category.FLUENCY_PUNCTUATION), 1e-9);
        assertEquals(1, google.penalty(Severity.MINOR, Category.FLUENCY_GRAMMAR), 1e-9);
    }

    @Test
    void thresholdsAndWeightsAreConfigurable() {
        ScoringModel model = ScoringModel.standard().withThresholds(95.0, 5.0)
                .withWeights(java.util.Map.of(Severity.MAJOR, 10.0), java.util.Map.of(Category.STYLE_AWKWARD, 0.5));
        assertEquals(5, model.penalty(Severity.MAJOR, Category.STYLE_AWKWARD), 1e-9);
        MqmScore score = new MqmScorer(model).score(times(5, issue(Severity.MINOR, Category.FLUENCY_GRAMMAR)), 1000);
        assertEquals(95, score.score(), 1e-9);
    }
}
