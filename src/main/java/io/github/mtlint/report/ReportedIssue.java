package io.github.mtlint.report;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Location;

/**
 * A finding as reports show it.
 *
 * @param start    code-point offset into the file's decoded text (the report contract)
 * @param end      code-point offset, exclusive
 * @param text     the flagged text
 * @param source   the part of the source the finding is about, for accuracy findings; else null
 * @param segment  the id of the segment of a bilingual file (XLIFF, TMX, TSV) the finding is in; else null
 */
public record ReportedIssue(Issue issue, Location location, int start, int end, String text, String fingerprint,
                            SourceExcerpt source, String segment) {

    /** A finding in a text file. */
    public ReportedIssue(Issue issue, Location location, int start, int end, String text, String fingerprint,
                         SourceExcerpt source) {
        this(issue, location, start, end, text, fingerprint, source, null);
    }

    /** A finding on the target alone. */
    public ReportedIssue(Issue issue, Location location, int start, int end, String text, String fingerprint) {
        this(issue, location, start, end, text, fingerprint, null);
    }
}
