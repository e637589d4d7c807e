package io.github.mtlint.report;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Location;

/**
 * A finding as reports show it.
 *
 * @param start    code-point offset into the file's decoded text (the report contract)
 * @param end      code-point offset, exclusive
 * @param text     the flagged text
 */
public record ReportedIssue(Issue issue, Location location, int start, int end, String text, String fingerprint) {
}
