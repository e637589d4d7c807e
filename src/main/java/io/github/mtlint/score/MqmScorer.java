package io.github.mtlint.score;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Severity;

import java.util.Collection;

/** Scores findings with a {@link ScoringModel}. */
public final class MqmScorer {

    private final ScoringModel model;

    public MqmScorer(ScoringModel model) {
        this.model = model;
    }

    public ScoringModel model() {
        return model;
    }

    public double penalty(Collection<Issue> issues) {
        double sum = 0;
        for (Issue issue : issues) {
            sum += model.penalty(issue.severity(), issue.category());
        }
        return sum;
    }

    public MqmScore score(Collection<Issue> issues, int words) {
        boolean critical = issues.stream().anyMatch(i -> i.severity() == Severity.CRITICAL);
        return score(penalty(issues), words, critical);
    }

    /** Scores a summed penalty over summed words, as a run's score is computed from its documents. */
    public MqmScore score(double penalty, int words, boolean anyCritical) {
        double normed;
        if (words > 0) {
            normed = penalty / words * model.referenceWordCount();
        } else {
            normed = penalty > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        double score = Math.max(0, 100 - normed * (100 - model.passThreshold()) / model.acceptablePenalty());
        boolean passed = score >= model.passThreshold() && !anyCritical;
        return new MqmScore(penalty, words, Double.isInfinite(normed) ? Double.MAX_VALUE : normed, score, passed);
    }
}
