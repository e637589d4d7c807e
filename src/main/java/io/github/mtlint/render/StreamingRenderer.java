package io.github.mtlint.render;

import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.RunHeader;

import java.io.IOException;
import java.io.Writer;

/**
 * A format written a document at a time: {@link #render} is the same stream fed a whole report, with its spools in
 * memory, so that a report rendered whole and one streamed through a run are the same bytes by construction.
 */
public abstract class StreamingRenderer implements Renderer {

    @Override
    public abstract ReportStream start(RunHeader header, Writer out, Spool.Factory spools) throws IOException;

    @Override
    public final void render(Report report, Writer out) throws IOException {
        ReportStream stream = start(report.header(), out, Spool.MEMORY);
        for (DocumentResult document : report.documents()) {
            stream.document(document);
        }
        stream.finish(report.totals());
    }

    @Override
    public final boolean holdsTheRun() {
        return false;
    }
}
