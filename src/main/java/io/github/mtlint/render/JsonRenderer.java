package io.github.mtlint.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.mtlint.report.Report;

import java.io.IOException;
import java.io.Writer;

/** {@code -f json}: the report contract of docs/ARCHITECTURE.md and docs/report.schema.json, pretty-printed with {@code \n} line ends. */
public final class JsonRenderer implements Renderer {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonReport.MAPPER.writer(printer).writeValue(new NonClosingWriter(out), JsonReport.tree(report));
        out.write("\n");
    }
}
