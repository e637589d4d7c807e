package io.github.mtlint.render;

import io.github.mtlint.report.Report;
import org.junit.jupiter.api.Test;

import java.io.Writer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report written to a file is not flushed to it for every finding: one write call per result would be slow. */
class ReportFlushTest {

    @Test
    void sarifAndJsonFlushTheirWriterAFewTimesNotOncePerFinding() throws Exception {
        Report report = ReportFixture.report();
        for (Renderer renderer : new Renderer[] {new SarifRenderer(), new JsonRenderer()}) {
            int[] flushes = {0};
            Writer counting = new Writer() {
                @Override
                public void write(char[] chars, int offset, int length) {
                }

                @Override
                public void flush() {
                    flushes[0]++;
                }

                @Override
                public void close() {
                }
            };
            renderer.render(report, counting);
            // JSON flushes once per document, so that a streamed document reaches the terminal at once
            assertTrue(flushes[0] <= report.documents().size() + 1, renderer.name() + ": " + flushes[0] + " flushes");
        }
    }
}
