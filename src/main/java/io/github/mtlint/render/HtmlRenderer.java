package io.github.mtlint.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.LineIndex;
import io.github.mtlint.model.Location;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.SourceExcerpt;
import io.github.mtlint.report.SourceInfo;
import io.github.mtlint.score.MqmScore;
import org.apache.commons.text.StringSubstitutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/**
 * {@code -f html}: one self-contained review page (inline CSS and JavaScript, no other requests): scores, charts,
 * a sortable table of files, and each document's text with every finding highlighted in place. Texts and findings
 * travel as JSON inside the page and are put into the page with {@code textContent}, so nothing in an input can
 * run. Documents render when opened: a run of hundreds of files opens as fast as one.
 * <p>
 * A document checked against its source shows source and translation side by side, one aligned segment a row, with
 * each finding's source span highlighted beside its target span. That view's style and script are added only to pages
 * that have such a document, so that monolingual pages stay byte for byte as they were.
 */
public final class HtmlRenderer implements Renderer {

    /** Up to this many documents the page opens with every document shown; beyond, each opens on a click. */
    private static final int OPEN_DOCUMENTS = 5;
    private static final String TEMPLATE = resource("report.html");
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");
    private static final String BILINGUAL_CSS = resource("bilingual.css");
    private static final String BILINGUAL_JS = resource("bilingual.js");
    private static final String SEGMENTS_JS = resource("segments.js");
    /**
     * Sentence pairs aligned with less confidence than this are marked for the reviewer to check the pairing: the
     * confidence is the share of all alignments' weight through the pair, so below a half it is more likely wrong.
     */
    private static final double LOW_CONFIDENCE = 0.5;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, String> values = new HashMap<>();
        MqmScore score = report.summary().score();
        values.put("version", escapeHtml4(report.toolVersion()));
        values.put("title", escapeHtml4("mtlint report: " + title(report)));
        values.put("runLine", escapeHtml4(report.summary().files() + (report.summary().files() == 1 ? " file, " : " files, ")
                + report.summary().words() + " words, " + report.summary().issues() + " findings; MQM linear calibrated model, "
                + report.scoring().name() + " weights, acceptable penalty " + Numbers.format(report.scoring().acceptablePenalty())
                + " per " + report.scoring().referenceWordCount() + " words"));
        boolean bilingual = report.documents().stream().anyMatch(d -> d.source() != null);
        values.put("css", bilingual ? CSS + BILINGUAL_CSS : CSS);
        // the bilingual script goes first: it renders its documents before report.js would render them monolingually
        boolean segmented = report.documents().stream().anyMatch(d -> d.source() != null && !d.source().segmentIds().isEmpty());
        values.put("js", (bilingual ? BILINGUAL_JS : "") + (segmented ? SEGMENTS_JS : "") + JS);
        values.put("score", Numbers.format(score.score()));
        values.put("verdict", score.passed() ? "PASS" : "FAIL");
        values.put("verdictClass", score.passed() ? "pass" : "fail");
        values.put("threshold", Numbers.format(report.scoring().passThreshold()));
        values.put("totals", totals(report));
        values.put("severityChart", severityChart(report));
        values.put("categoryChart", categoryChart(report));
        values.put("errors", errors(report));
        values.put("severityFilters", severityFilters());
        values.put("categoryOptions", options(report, true));
        values.put("ruleOptions", options(report, false));
        values.put("fileRows", fileRows(report));
        values.put("documents", documents(report));
        values.put("data", data(report));
        out.write(new StringSubstitutor(values).setDisableSubstitutionInValues(true).replace(TEMPLATE));
    }

    private static String title(Report report) {
        if (report.documents().size() == 1) {
            return report.documents().get(0).path();
        }
        return report.documents().size() + " files";
    }

    private static String totals(Report report) {
        StringBuilder sb = new StringBuilder();
        row(sb, "Files", Integer.toString(report.summary().files()));
        row(sb, "Words", Integer.toString(report.summary().words()));
        row(sb, "Findings", Integer.toString(report.summary().issues()));
        row(sb, "Penalty (APT)", Numbers.format(report.summary().score().penalty()));
        row(sb, "Per 1000 words", Numbers.format(report.summary().score().normedPenalty()));
        if (report.summary().suppressed() > 0) {
            row(sb, "In baseline", Integer.toString(report.summary().suppressed()));
        }
        if (report.summary().baselineUnmatched() > 0) {
            row(sb, "Stale in baseline", Integer.toString(report.summary().baselineUnmatched()));
        }
        if (!report.errors().isEmpty()) {
            row(sb, "Errors", Integer.toString(report.errors().size()));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append("<dt>").append(escapeHtml4(name)).append("</dt><dd>").append(escapeHtml4(value)).append("</dd>");
    }

    private static String severityChart(Report report) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Map<String, String> colours = new HashMap<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL)) {
            counts.put(s.id(), report.summary().count(s));
            colours.put(s.id(), "var(--" + s.id() + ")");
        }
        return BarChart.svg(counts, colours, "Findings by severity");
    }

    private static String categoryChart(Report report) {
        Map<String, Integer> counts = new TreeMap<>();
        for (DocumentResult d : report.documents()) {
            for (ReportedIssue i : d.issues()) {
                counts.merge(i.issue().category().path(), 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return BarChart.svg(sorted, Map.of(), "Findings by MQM category");
    }

    private static String errors(Report report) {
        if (report.errors().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section class=\"errors\"><h2>Inputs not checked</h2><ul>");
        for (ProcessingError e : report.errors()) {
            sb.append("<li><code>").append(escapeHtml4(e.path())).append("</code>: ").append(escapeHtml4(e.message())).append("</li>");
        }
        return sb.append("</ul></section>").toString();
    }

    private static String severityFilters() {
        StringBuilder sb = new StringBuilder();
        for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL)) {
            sb.append("<label class=\"sev-").append(s.id()).append("\"><input type=\"checkbox\" checked data-severity-filter=\"")
                    .append(s.id()).append("\"> ").append(s.id()).append("</label>");
        }
        return sb.toString();
    }

    private static String options(Report report, boolean categories) {
        TreeSet<String> values = new TreeSet<>();
        for (DocumentResult d : report.documents()) {
            for (ReportedIssue i : d.issues()) {
                values.add(categories ? i.issue().category().path() : i.issue().ruleId());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            sb.append("<option value=\"").append(escapeHtml4(v)).append("\">").append(escapeHtml4(v)).append("</option>");
        }
        return sb.toString();
    }

    private static String fileRows(Report report) {
        StringBuilder sb = new StringBuilder();
        List<DocumentResult> documents = report.documents();
        for (int d = 0; d < documents.size(); d++) {
            DocumentResult doc = documents.get(d);
            Map<Severity, Integer> counts = counts(doc);
            String path = escapeHtml4(doc.path());
            sb.append("<tr><td data-value=\"").append(path).append("\"><a href=\"#doc-").append(d).append("\" data-open=\"doc-")
                    .append(d).append("\">").append(path).append("</a></td>")
                    .append(cell(Numbers.format(doc.score().score()), doc.score().passed() ? "pass" : "fail"))
                    .append(cell(Integer.toString(doc.words()), null))
                    .append(cell(Integer.toString(doc.issues().size()), null))
                    .append(cell(Integer.toString(counts.getOrDefault(Severity.CRITICAL, 0)), null))
                    .append(cell(Integer.toString(counts.getOrDefault(Severity.MAJOR, 0)), null))
                    .append(cell(Integer.toString(counts.getOrDefault(Severity.MINOR, 0)), null))
                    .append(cell(Integer.toString(counts.getOrDefault(Severity.NEUTRAL, 0)), null))
                    .append("</tr>\n");
        }
        return sb.toString();
    }

    private static String cell(String value, String className) {
        return "<td data-value=\"" + value + "\"" + (className == null ? "" : " class=\"" + className + "\"") + ">" + value + "</td>";
    }

    private static String documents(Report report) {
        StringBuilder sb = new StringBuilder();
        boolean open = report.documents().size() <= OPEN_DOCUMENTS;
        List<DocumentResult> documents = report.documents();
        for (int d = 0; d < documents.size(); d++) {
            DocumentResult doc = documents.get(d);
            sb.append("<section class=\"doc\" id=\"doc-").append(d).append("\" data-doc=\"").append(d).append("\">")
                    .append("<details").append(open ? " open" : "").append("><summary>").append(escapeHtml4(doc.path()))
                    .append("<span class=\"meta\">score ").append(Numbers.format(doc.score().score()))
                    .append(doc.score().passed() ? " pass" : " fail").append(", ").append(doc.issues().size())
                    .append(doc.issues().size() == 1 ? " finding, " : " findings, ").append(doc.words()).append(" words</span>")
                    .append("</summary>");
            if (doc.source() != null) {
                sb.append(alignment(doc.source()));
            }
            sb.append("<p class=\"legend\">Underlines: double critical, solid major, dashed minor, dotted neutral; "
                            + "sentences shaded blue by their penalty (darker is worse). Click a finding for details.")
                    .append(doc.source() == null ? "" : " Source spans of findings are outlined in the source column; a row with a "
                            + "dotted left edge was aligned with low confidence.")
                    .append("</p><div class=\"doc-body\"></div></details></section>\n");
        }
        return sb.toString();
    }

    /** Which source, how it was paired with the target, and the aligner's remark. */
    private static String alignment(SourceInfo source) {
        long untranslated = source.segments().stream().filter(s -> s.target().isEmpty() && !s.source().isEmpty()).count();
        long unsourced = source.segments().stream().filter(s -> s.source().isEmpty() && !s.target().isEmpty()).count();
        StringBuilder sb = new StringBuilder("<p class=\"alignment\">Source <code>").append(escapeHtml4(source.path()))
                .append("</code> (").append(escapeHtml4(source.language())).append("), <span class=\"kind\" data-aligned=\"")
                .append(source.aligned().id()).append("\">").append(escapeHtml4(alignedBy(source.aligned()))).append("</span>: ")
                .append(source.segments().size()).append(source.segments().size() == 1 ? " row" : " rows");
        if (untranslated > 0) {
            sb.append(", ").append(untranslated).append(" without translation");
        }
        if (unsourced > 0) {
            sb.append(", ").append(unsourced).append(" without source");
        }
        sb.append('.');
        if (source.note() != null && !source.note().isBlank()) {
            sb.append(" <span class=\"note\">").append(escapeHtml4(source.note())).append("</span>");
        }
        return sb.append("</p>").toString();
    }

    private static String alignedBy(AlignmentKind kind) {
        return switch (kind) {
            case LINES -> "aligned line by line";
            case SENTENCES -> "aligned sentence by sentence";
            case SEGMENTS -> "aligned by the file's segments";
        };
    }

    private static Map<Severity, Integer> counts(DocumentResult doc) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        doc.issues().forEach(i -> counts.merge(i.issue().severity(), 1, Integer::sum));
        return counts;
    }

    /** The report as JSON for the page's script: offsets in UTF-16 units, as JavaScript strings count them. */
    private static String data(Report report) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode documents = root.putArray("documents");
        boolean bilingual = false;
        for (DocumentResult doc : report.documents()) {
            ObjectNode d = documents.addObject();
            d.put("path", doc.path());
            d.put("text", doc.text());
            SourceInfo source = doc.source();
            LineIndex sourceLines = null;
            if (source != null) {
                bilingual = true;
                sourceLines = LineIndex.of(source.text());
                ObjectNode s = d.putObject("source");
                s.put("path", source.path());
                s.put("language", source.language());
                s.put("text", source.text());
                ArrayNode segments = s.putArray("segments");
                for (AlignedSegment segment : source.segments()) {
                    segments.addArray().add(segment.target().start()).add(segment.target().end()).add(segment.source().start())
                            .add(segment.source().end()).add(Numbers.round2(segment.confidence()));
                }
                if (!source.segmentIds().isEmpty()) {
                    ArrayNode ids = s.putArray("ids");
                    source.segmentIds().forEach(ids::add);
                }
            }
            ArrayNode sentences = d.putArray("sentences");
            for (Span s : doc.sentences()) {
                sentences.addArray().add(s.start()).add(s.end());
            }
            ArrayNode issues = d.putArray("issues");
            for (ReportedIssue reported : doc.issues()) {
                Issue issue = reported.issue();
                ObjectNode i = issues.addObject();
                i.put("rule", issue.ruleId());
                i.put("category", issue.category().path());
                i.put("severity", issue.severity().id());
                i.put("message", issue.message());
                i.put("s", issue.span().start());
                i.put("e", issue.span().end());
                i.put("line", reported.location().line());
                i.put("column", reported.location().column());
                if (reported.segment() != null) {
                    i.put("segment", reported.segment());
                }
                i.put("text", reported.text());
                i.put("penalty", Numbers.round2(report.scoring().penalty(issue.severity(), issue.category())));
                ArrayNode suggestions = i.putArray("suggestions");
                issue.suggestions().forEach(suggestions::add);
                putSource(i, reported, source, sourceLines);
            }
        }
        if (bilingual) {
            root.put("lowConfidence", LOW_CONFIDENCE);
        }
        ObjectNode rules = root.putObject("rules");
        for (Map.Entry<String, RuleMeta> e : report.rules().entrySet()) {
            rules.putObject(e.getKey()).put("description", e.getValue().description()).put("link", e.getValue().link());
        }
        mapper.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
        return mapper.writeValueAsString(root);
    }

    /** Where in the source the finding points: a span of the source's text (UTF-16, for the script) and its excerpt. */
    private static void putSource(ObjectNode i, ReportedIssue reported, SourceInfo source, LineIndex sourceLines) {
        Span span = reported.issue().sourceSpan();
        if (source == null || span == null || span.end() > source.text().length()) {
            return;
        }
        i.put("ss", span.start());
        i.put("se", span.end());
        SourceExcerpt excerpt = reported.source();
        i.put("sourceText", excerpt != null ? excerpt.text() : span.of(source.text()));
        Location at = sourceLines.locate(span);
        i.put("sourceLine", at.line());
        i.put("sourceColumn", at.column());
    }

    /** JSON that cannot end the script element or start markup: '<', '>', '&' and line separators escaped. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
