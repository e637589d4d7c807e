package io.github.mtlint.render;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.Summary;
import io.github.mtlint.score.MqmScore;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -f text}: compiler-style lines ({@code path:line:col: severity [rule] message (→ suggestion)}) that
 * editors and terminals link to, then a summary per file and for the run.
 */
public final class TextRenderer implements Renderer {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        for (DocumentResult document : report.documents()) {
            for (ReportedIssue reported : document.issues()) {
                out.write(line(pathInLine(document.path()), reported));
                out.write('\n');
            }
        }
        for (ProcessingError error : report.errors()) {
            out.write(errorLine(error) + "\n");
        }
        if (!report.documents().isEmpty()) {
            out.write('\n');
        }
        for (DocumentResult document : report.documents()) {
            if (document.source() != null && document.source().note() != null) {
                out.write(pathInLine(document.path()) + ": note: " + oneLine(document.source().note()) + "\n");
            }
        }
        for (DocumentResult document : report.documents()) {
            out.write(pathInLine(document.path()) + sourceLabel(document) + ": " + counts(document.issues()) + " in " + document.words()
                    + " words; " + verdict(document.score(), report) + "\n");
        }
        Summary summary = report.summary();
        out.write("\n" + summary.files() + (summary.files() == 1 ? " file, " : " files, ") + summary.words() + " words, "
                + summary.issues() + (summary.issues() == 1 ? " finding" : " findings")
                + (summary.suppressed() > 0 ? " (+" + summary.suppressed() + " in baseline)" : "")
                + (report.errors().isEmpty() ? "" : ", " + report.errors().size() + (report.errors().size() == 1 ? " error" : " errors"))
                + "; " + (summary.files() == 0 ? "nothing checked, no score" : verdict(summary.score(), report)) + "\n");
    }

    private static final Pattern POSITION = Pattern.compile("(\\d+:\\d+): ");

    static String line(String path, ReportedIssue reported) {
        Issue issue = reported.issue();
        StringBuilder sb = new StringBuilder();
        if (reported.segment() != null) { // a bilingual file: its segment and the column in that segment's target
            sb.append(path).append('#').append(oneLine(reported.segment())).append(':').append(reported.location().column());
        } else {
            sb.append(path).append(':').append(reported.location().line()).append(':').append(reported.location().column());
        }
        sb.append(": ").append(issue.severity().id()).append(" [").append(issue.ruleId()).append("] ")
                .append(oneLine(issue.message()));
        sb.append(SourceNote.suffix(reported));
        if (!issue.suggestions().isEmpty()) {
            sb.append(" (\u2192 ").append(oneLine(String.join(" | ", issue.suggestions()))).append(')');
        }
        return sb.toString();
    }

    /** " (source x.zh.txt, zh, aligned by lines)" for a bilingual document; nothing for others. */
    private static String sourceLabel(DocumentResult document) {
        if (document.source() == null) {
            return "";
        }
        return " (source " + document.source().path() + ", " + document.source().language() + ", aligned by "
                + document.source().aligned().id() + ")";
    }

    private static String counts(List<ReportedIssue> issues) {
        if (issues.isEmpty()) {
            return "no findings";
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        issues.forEach(i -> bySeverity.merge(i.issue().severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL)) {
            if (bySeverity.containsKey(s)) {
                parts.add(bySeverity.get(s) + " " + s.id());
            }
        }
        return issues.size() + (issues.size() == 1 ? " finding (" : " findings (") + String.join(", ", parts) + ")";
    }

    private static String verdict(MqmScore score, Report report) {
        return "score " + Numbers.format(score.score()) + " (pass \u2265 " + Numbers.format(report.scoring().passThreshold())
                + "): " + (score.passed() ? "PASS" : "FAIL");
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** How the text report, and standard error, show an input that could not be checked. */
    public static String errorLine(ProcessingError error) {
        Matcher position = POSITION.matcher(error.message());
        if (position.lookingAt()) { // an error at a place in the file (malformed XML): file:line:col, as editors link it
            return pathInLine(error.path()) + ":" + position.group(1) + ": error: " + error.message().substring(position.end());
        }
        return pathInLine(error.path()) + ": error: " + error.message();
    }

    /** A file name with a line break or other control character would break the one-finding-a-line format. */
    private static String pathInLine(String path) {
        if (path.chars().noneMatch(Character::isISOControl)) {
            return path;
        }
        StringBuilder sb = new StringBuilder();
        path.chars().forEach(c -> sb.append(switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c);
        }));
        return sb.toString();
    }
}
