package io.github.mtlint.model;

import java.util.List;

/** A block of text between line breaks (or blank lines, for hard-wrapped text); the span excludes the breaks. */
public record Paragraph(int index, Span span, String text, ParagraphKind kind, List<Sentence> sentences) {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }

    public boolean isBody() {
        return kind == ParagraphKind.BODY;
    }
}
