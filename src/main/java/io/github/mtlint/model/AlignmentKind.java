package io.github.mtlint.model;

/** How a document's target was matched to its source: as the report contract names it. */
public enum AlignmentKind {
    /** One segment a line on both sides, equal counts: line i of the target translates line i of the source. */
    LINES("lines"),
    /** Sentences aligned by length and anchors (numbers, names); each pair carries a confidence. */
    SENTENCES("sentences"),
    /** Segments of a bilingual file (XLIFF, TMX, TSV), paired by the file itself. */
    SEGMENTS("segments");

    private final String id;

    AlignmentKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
