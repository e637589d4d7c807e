package io.github.mtlint.render;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.Summary;
import io.github.mtlint.score.MqmScore;
import io.github.mtlint.score.ScoringModel;

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
public final class TextRenderer extends StreamingRenderer {

    @Override
    public String name() {
        return "text";
    }

    /**
     * Each document's findings are written as it comes; its note and its summary line come after every document's
     * findings, so they wait in two spools, and the errors in the totals.
     */
    @Override
    public ReportStream start(RunHeader header, Writer out, Spool.Factory spools) throws IOException {
        Spool notes = spools.open();
        Spool fileLines;
        try {
            fileLines = spools.open();
        } catch (IOException e) {
            notes.close();
            throw e;
        }
        return new ReportStream() {
            private boolean anyDocument;

            @Override
            public void document(DocumentResult document) throws IOException {
                anyDocument = true;
                for (ReportedIssue reported : document.issues()) {
                    out.write(line(pathInLine(document.path()), reported));
                    out.write('\n');
                }
                if (document.source() != null && document.source().note() != null) {
                    notes.writer().write(pathInLine(document.path()) + ": note: " + oneLine(document.source().note()) + "\n");
                }
                fileLines.writer().write(pathInLine(document.path()) + sourceLabel(document) + ": " + counts(document.issues())
                        + " in " + document.words() + " words; " + verdict(document.score(), header.scoring()) + "\n");
            }

            @Override
            public void finish(RunTotals totals) throws IOException {
                try (notes; fileLines) {
                    for (ProcessingError error : totals.errors()) {
                        out.write(errorLine(error) + "\n");
                    }
                    if (anyDocument) {
                        out.write('\n');
                    }
                    notes.copyTo(out);
                    fileLines.copyTo(out);
                    Summary summary = totals.summary();
                    out.write("\n" + summary.files() + (summary.files() == 1 ? " file, " : " files, ") + summary.words() + " words, "
                            + summary.issues() + (summary.issues() == 1 ? " finding" : " findings")
                            + baselineNote(summary)
                            + (totals.errors().isEmpty() ? "" : ", " + totals.errors().size()
                            + (totals.errors().size() == 1 ? " error" : " errors"))
                            + "; " + (summary.files() == 0 ? "nothing checked, no score" : verdict(summary.score(), header.scoring()))
                            + "\n");
                }
            }
        };
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

    private static String verdict(MqmScore score, ScoringModel scoring) {
        return "score " + Numbers.format(score.score()) + " (pass \u2265 " + Numbers.format(scoring.passThreshold())
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

    /** What the baseline left out, and how many of its accepted findings no longer occur (time to refresh it). */
    private static String baselineNote(Summary summary) {
        List<String> notes = new ArrayList<>();
        if (summary.suppressed() > 0) {
            notes.add("+" + summary.suppressed() + " in baseline");
        }
        if (summary.baselineUnmatched() > 0) {
            notes.add(summary.baselineUnmatched() + (summary.baselineUnmatched() == 1
                    ? " accepted finding of the baseline no longer occurs" : " accepted findings of the baseline no longer occur"));
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }
}
