package io.github.mtlint.render;

import io.github.mtlint.report.ReportedIssue;

/** How one-line formats (text, JUnit, GitHub annotations) show the part of the source a finding is about. */
final class SourceNote {

    private SourceNote() {
    }

    /** " [source: 1.2万亿元]" for a finding with a source excerpt, else "". */
    static String suffix(ReportedIssue reported) {
        if (reported.source() == null) {
            return "";
        }
        return " [source: " + reported.source().text().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ') + "]";
    }
}
