package io.github.mtlint.render;

import io.github.mtlint.model.Issue;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;
import io.github.mtlint.report.ReportedIssue;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code -f github}: GitHub Actions workflow commands, which the checks tab and the pull-request diff show as
 * annotations: {@code ::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message} (critical and major:
 * error, minor: warning, neutral: notice). Data and properties are escaped as the workflow-command syntax requires.
 */
public final class GithubRenderer extends StreamingRenderer {

    @Override
    public String name() {
        return "github";
    }

    /** Each document's annotations as it comes; the errors and the run's score at the end. */
    @Override
    public ReportStream start(RunHeader header, Writer out, Spool.Factory spools) {
        return new ReportStream() {
            @Override
            public void document(DocumentResult doc) throws IOException {
                for (ReportedIssue reported : doc.issues()) {
                    Issue issue = reported.issue();
                    String message = issue.message() + (issue.suggestions().isEmpty() ? "" : " (\u2192 " + String.join(" | ", issue.suggestions()) + ")")
                            + SourceNote.suffix(reported);
                    // a bilingual file's lines are not those of the checked text: the annotation names the segment instead
                    String position = reported.segment() != null ? "" : ",line=" + reported.location().line()
                            + ",endLine=" + reported.location().endLine() + ",col=" + reported.location().column()
                            + ",endColumn=" + reported.location().endColumn();
                    String segment = reported.segment() == null ? "" : " at #" + reported.segment() + ":" + reported.location().column();
                    out.write("::" + command(issue) + " file=" + property(doc.path()) + position
                            + ",title=" + property(issue.ruleId() + segment + " (" + issue.severity().id() + ", " + issue.category().path() + ")")
                            + "::" + data(message) + "\n");
                }
            }

            @Override
            public void finish(RunTotals totals) throws IOException {
                for (ProcessingError error : totals.errors()) {
                    out.write("::error file=" + property(error.path()) + ",title=" + property("mtlint could not check this file") + "::"
                            + data(error.message()) + "\n");
                }
                out.write("::notice title=" + property("mtlint MQM score") + "::" + data(totals.summary().files() + " files, "
                        + totals.summary().words() + " words, " + totals.summary().issues() + " findings; score "
                        + Numbers.format(totals.summary().score().score()) + " (pass at " + Numbers.format(header.scoring().passThreshold())
                        + "): " + (totals.summary().score().passed() ? "PASS" : "FAIL")) + "\n");
            }
        };
    }

    private static String command(Issue issue) {
        return switch (issue.severity()) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case NEUTRAL -> "notice";
        };
    }

    /** Escaping of a command's message. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a command's property value. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
