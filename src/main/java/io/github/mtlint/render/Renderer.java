package io.github.mtlint.render;

import io.github.mtlint.report.Report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Output is byte-stable: same report, same bytes ({@code \n} line ends). */
public interface Renderer {

    /** The format's name for {@code -f}. */
    String name();

    void render(Report report, Writer out) throws IOException;
}
