package io.github.mtlint.annotate;

import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ReportedIssue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finding as an ITS 2.0 Localization Quality Issue in a segment: its span in the segment's target text (UTF-16
 * offsets, inline codes not counted), the ITS type its MQM category maps to, an ITS severity (0 to 100) from its MQM
 * severity, and its message as the comment.
 */
public record LocQualityIssue(int start, int end, String type, int severity, String comment) {

    public LocQualityIssue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(comment, "comment");
    }

    /** The findings of a checked bilingual file by segment id, in report order. */
    public static Map<String, List<LocQualityIssue>> bySegment(DocumentResult document) {
        Map<String, List<LocQualityIssue>> bySegment = new LinkedHashMap<>();
        String text = document.text();
        for (ReportedIssue reported : document.issues()) {
            if (reported.segment() == null) {
                continue;
            }
            int start = reported.issue().span().start();
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = text.indexOf('\n', lineStart);
            int end = Math.min(reported.issue().span().end(), lineEnd < 0 ? text.length() : lineEnd);
            bySegment.computeIfAbsent(reported.segment(), k -> new java.util.ArrayList<>()).add(new LocQualityIssue(
                    start - lineStart, Math.max(start, end) - lineStart, reported.issue().category().itsIssueType(),
                    severity(reported.issue().severity()), reported.issue().message()));
        }
        return bySegment;
    }

    /** ITS 2.0 severity: a number from 0 (none) to 100 (most severe). */
    static int severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 100;
            case MAJOR -> 70;
            case MINOR -> 30;
            case NEUTRAL -> 0;
        };
    }

}
