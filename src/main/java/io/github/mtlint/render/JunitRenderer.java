package io.github.mtlint.render;

import io.github.mtlint.model.Issue;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;
import io.github.mtlint.report.ReportedIssue;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

/**
 * {@code -f junit}: JUnit XML as Jenkins, GitLab and GitHub test reporters read it: one test suite per file, one
 * failing test case per finding (the failure type is its severity), one passing case for a clean file, and an
 * erroring case for a file that could not be read or checked. No timestamps, so the output is byte-stable.
 */
public final class JunitRenderer extends StreamingRenderer {

    /** How much of a finding's words its test name quotes. */
    private static final int NAMED_WORDS = 60;

    @Override
    public String name() {
        return "junit";
    }

    /** The opening tag counts the whole run's tests: each document's suite waits in a spool until the end. */
    @Override
    public ReportStream start(RunHeader header, Writer out, Spool.Factory spools) throws IOException {
        Spool suites = spools.open();
        return new ReportStream() {
            private int tests;
            private int failures;

            @Override
            public void document(DocumentResult doc) throws IOException {
                tests += Math.max(1, doc.issues().size());
                failures += doc.issues().size();
                suite(doc, suites.writer());
            }

            @Override
            public void finish(RunTotals totals) throws IOException {
                try (suites) {
                    int errors = totals.errors().size();
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
                    out.write("<testsuites name=\"mtlint\" tests=\"" + (tests + errors) + "\" failures=\"" + failures + "\" errors=\""
                            + errors + "\" time=\"0\">\n");
                    suites.copyTo(out);
                    if (errors > 0) {
                        out.write("  <testsuite name=\"inputs not checked\" tests=\"" + errors + "\" failures=\"0\" errors=\"" + errors
                                + "\" skipped=\"0\" time=\"0\">\n");
                        for (ProcessingError error : totals.errors()) {
                            String path = escapeXml10(error.path());
                            out.write("    <testcase classname=\"" + path + "\" name=\"read and check\" file=\"" + path
                                    + "\" time=\"0\">\n");
                            out.write("      <error type=\"" + (error.internal() ? "internal" : "input") + "\" message=\""
                                    + escapeXml10(error.message()) + "\"/>\n    </testcase>\n");
                        }
                        out.write("  </testsuite>\n");
                    }
                    out.write("</testsuites>\n");
                }
            }
        };
    }

    private static void suite(DocumentResult doc, Writer out) throws IOException {
        String path = escapeXml10(doc.path());
        out.write("  <testsuite name=\"" + path + "\" tests=\"" + Math.max(1, doc.issues().size()) + "\" failures=\""
                + doc.issues().size() + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        out.write("    <properties>\n");
        out.write(property("mqm.score", Numbers.format(doc.score().score())));
        out.write(property("mqm.passed", Boolean.toString(doc.score().passed())));
        out.write(property("words", Integer.toString(doc.words())));
        out.write("    </properties>\n");
        if (doc.issues().isEmpty()) {
            out.write("    <testcase classname=\"" + path + "\" name=\"mtlint\" file=\"" + path + "\" time=\"0\"/>\n");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ReportedIssue reported : doc.issues()) {
            Issue issue = reported.issue();
            String name = testName(reported);
            int occurrence = seen.merge(name, 1, Integer::sum);
            if (occurrence > 1) {
                name += " (" + occurrence + ")";
            }
            String line = reported.segment() != null ? "" : "\" line=\"" + reported.location().line();
            out.write("    <testcase classname=\"" + path + "\" name=\"" + escapeXml10(name) + "\" file=\"" + path
                    + line + "\" time=\"0\">\n");
            out.write("      <failure type=\"" + issue.severity().id() + "\" message=\""
                    + escapeXml10(issue.message() + SourceNote.suffix(reported)) + "\">");
            out.write(escapeXml10(TextRenderer.line(doc.path(), reported) + "\nMQM category: " + issue.category().path()
                    + "\nFlagged: " + reported.text()));
            out.write("</failure>\n    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    /**
     * A finding's test name: its rule and words (and a bilingual file's segment), not its line, so that test history in
     * Jenkins or GitLab sees the same finding as the same test when lines are added above it.
     */
    private static String testName(ReportedIssue reported) {
        String segment = reported.segment() != null ? " in #" + reported.segment() : "";
        String words = quoted(reported.text());
        if (!words.isEmpty()) {
            return reported.issue().ruleId() + ": " + words + segment;
        }
        // an omission flags no words of the translation: the source's words it lacks name it
        String sourceWords = reported.source() == null ? "" : quoted(reported.source().text());
        return reported.issue().ruleId() + (sourceWords.isEmpty() ? "" : ": source " + sourceWords) + segment;
    }

    private static String quoted(String text) {
        String words = text.strip().replaceAll("\\s+", " ");
        if (words.codePointCount(0, words.length()) > NAMED_WORDS) {
            words = words.substring(0, words.offsetByCodePoints(0, NAMED_WORDS)).stripTrailing() + "…";
        }
        return words.isEmpty() ? "" : "'" + words + "'";
    }

    private static String property(String name, String value) {
        return "      <property name=\"" + name + "\" value=\"" + escapeXml10(value) + "\"/>\n";
    }
}
