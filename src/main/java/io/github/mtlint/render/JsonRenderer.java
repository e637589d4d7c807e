package io.github.mtlint.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code -f json}: the report contract of docs/ARCHITECTURE.md and docs/report.schema.json, pretty-printed with {@code \n}
 * line ends. Written as the run goes: the tool and scoring, each file as it comes, then the errors and the summary.
 */
public final class JsonRenderer extends StreamingRenderer {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public ReportStream start(RunHeader header, Writer out, Spool.Factory spools) throws IOException {
        JsonGenerator json = JsonReport.prettyGenerator(out);
        json.writeStartObject();
        json.writeFieldName("tool");
        json.writeTree(JsonReport.MAPPER.createObjectNode().put("name", "mtlint").put("version", header.toolVersion()));
        json.writeFieldName("scoring");
        json.writeTree(JsonReport.scoring(header.scoring()));
        json.writeFieldName("files");
        json.writeStartArray();
        return new ReportStream() {
            @Override
            public void document(DocumentResult document) throws IOException {
                json.writeTree(JsonReport.document(document));
                json.flush();
            }

            @Override
            public void finish(RunTotals totals) throws IOException {
                json.writeEndArray();
                json.writeFieldName("errors");
                json.writeStartArray();
                for (ProcessingError error : totals.errors()) {
                    json.writeTree(JsonReport.error(error));
                }
                json.writeEndArray();
                json.writeFieldName("summary");
                json.writeTree(JsonReport.summary(totals.summary()));
                json.writeEndObject();
                json.close();
                out.write("\n");
            }
        };
    }
}
