package io.github.mtlint.engine;

import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What makes a run fail: a finding at least {@code failOn} severe, a document scoring below {@code minScore}, or,
 * when neither was asked for, the MQM verdict (a document below the pass threshold or with a critical finding).
 * One decision for every way of running a check (the CLI, a check on a server, the Spark job).
 *
 * @param failOn   the least severity that fails the run; null when severities alone fail nothing
 * @param minScore the least score (0-100) each document needs; null for none
 * @param explicit whether {@code failOn} or {@code minScore} was asked for ({@code --fail-on none} is explicit too),
 *                 which replaces the MQM verdict
 */
public record Gate(Severity failOn, Double minScore, boolean explicit) {

    /** How a run ends, worst first: the caller maps it to an exit code. */
    public enum Verdict { INTERNAL_ERRORS, INPUT_ERRORS, FAILED, PASSED }

    public static final Gate MQM_VERDICT = new Gate(null, null, false);

    /**
     * The gate of {@code --fail-on} (a severity or {@code none}) and {@code --min-score}, each null when not given.
     *
     * @throws IllegalArgumentException for a severity that does not exist or a score outside 0-100
     */
    public static Gate of(String failOn, Double minScore) {
        if (minScore != null && !(minScore >= 0 && minScore <= 100)) {
            throw new IllegalArgumentException("must be between 0 and 100, got " + minScore);
        }
        Severity severity;
        try {
            severity = failOn == null || failOn.toLowerCase(Locale.ROOT).equals("none") ? null : Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + failOn + "' (expected one of " + Severity.allowed()
                    + ", or none)", e);
        }
        return new Gate(severity, minScore, failOn != null || minScore != null);
    }

    public Verdict verdict(Report report) {
        return verdict(report.errors(), report.documents().stream().anyMatch(this::fails));
    }

    /** The verdict of a run whose documents were judged one at a time with {@link #fails(DocumentResult)}. */
    public Verdict verdict(List<ProcessingError> errors, boolean anyDocumentFailed) {
        if (errors.stream().anyMatch(ProcessingError::internal)) {
            return Verdict.INTERNAL_ERRORS;
        }
        if (!errors.isEmpty()) {
            return Verdict.INPUT_ERRORS;
        }
        return anyDocumentFailed ? Verdict.FAILED : Verdict.PASSED;
    }

    /** What fails a document, in a user's words: "a score below 90 or a critical finding", "a major finding or worse". */
    public String describe(double passThreshold) {
        if (!explicit) {
            return "an MQM score below " + plain(passThreshold) + " or a critical finding";
        }
        List<String> reasons = new ArrayList<>();
        if (failOn != null) {
            reasons.add("a " + failOn.id() + " finding" + (failOn == Severity.CRITICAL ? "" : " or worse"));
        }
        if (minScore != null) {
            reasons.add("a score below " + plain(minScore));
        }
        return reasons.isEmpty() ? "nothing" : String.join(" or ", reasons);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whether one document fails the gate. */
    public boolean fails(DocumentResult document) {
        return fails(document.score().passed(), document.score().score(),
                document.issues().stream().map(ReportedIssue::issue).map(i -> i.severity()).toList());
    }

    /** Whether one document fails, from its MQM verdict, its score and the severities of its findings. */
    public boolean fails(boolean passed, double score, Collection<Severity> severities) {
        if (!explicit && !passed) {
            return true;
        }
        if (minScore != null && score < minScore) {
            return true;
        }
        return failOn != null && severities.stream().anyMatch(s -> s.atLeast(failOn));
    }
}
