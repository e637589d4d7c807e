package io.github.mtlint.render;

import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Writes a report in one format. Output is byte-stable: same report, same bytes ({@code \n} line ends). */
public interface Renderer {

    /** The format's name for {@code -f}. */
    String name();

    void render(Report report, Writer out) throws IOException;

    /**
     * Starts this report for a run whose documents come one at a time. This default keeps every document and renders
     * the whole report at the end, for a format that needs the whole run at once (the HTML page); the formats that can
     * stream ({@link StreamingRenderer}) write each document as it comes, and spool what must wait to {@code spools}.
     */
    default ReportStream start(RunHeader header, Writer out, Spool.Factory spools) throws IOException {
        List<DocumentResult> documents = new ArrayList<>();
        return new ReportStream() {
            @Override
            public void document(DocumentResult document) {
                documents.add(document);
            }

            @Override
            public void finish(RunTotals totals) throws IOException {
                render(Report.of(header, documents, totals), out);
            }
        };
    }

    /** Whether {@link #start} keeps every document until the end of the run. */
    default boolean holdsTheRun() {
        return true;
    }
}
