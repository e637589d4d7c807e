package io.github.mtlint.report;

import io.github.mtlint.model.Span;
import io.github.mtlint.score.MqmScore;

import java.util.List;

/**
 * One checked document.
 *
 * @param text       the normalised text (LF line ends), which the issues' spans index; HTML shows it
 * @param sentences  the sentences' spans in that text, for reports that shade sentences by their penalty
 * @param suppressed findings left out because the baseline lists them
 * @param source     the text it was translated from, when the run had it; else null
 */
public record DocumentResult(String path, String text, int words, MqmScore score, List<ReportedIssue> issues,
                             List<Span> sentences, int suppressed, SourceInfo source) {

    public DocumentResult {
        issues = List.copyOf(issues);
        sentences = List.copyOf(sentences);
    }

    /** A document checked without its source. */
    public DocumentResult(String path, String text, int words, MqmScore score, List<ReportedIssue> issues,
                          List<Span> sentences, int suppressed) {
        this(path, text, words, score, issues, sentences, suppressed, null);
    }
}
