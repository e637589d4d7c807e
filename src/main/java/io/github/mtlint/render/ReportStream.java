package io.github.mtlint.render;

import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.RunTotals;

import java.io.IOException;

/** One report being written as its run goes: each document in input order, then the totals once. */
public interface ReportStream {

    void document(DocumentResult document) throws IOException;

    /** Writes what follows the documents and releases any spool; the writer is left open. */
    void finish(RunTotals totals) throws IOException;
}
