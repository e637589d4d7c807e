package io.github.mtlint.text;

import io.github.mtlint.model.LineIndex;

/** A successfully read input: its id (the path as given), normalised text, and positions back into the file. */
public record SourceText(String id, String text, LineIndex lines) {

    /** For tests and in-memory use: text that never had CRLF line ends or a BOM. */
    public static SourceText of(String id, String text) {
        return new SourceText(id, text, LineIndex.of(text));
    }
}
