package io.github.mtlint.model;

import java.util.List;
import java.util.Objects;

/**
 * The text a document was translated from: where it came from, its language (a BCP-47 tag), its normalised
 * text (LF line ends, no BOM) with positions back into its file, how it was aligned with the target, and what
 * the source analyser found in it (names, for Chinese).
 *
 * @param path     the source file as the user gave it
 * @param language BCP-47 tag, e.g. {@code zh}, {@code zh-Hant}, {@code ja}
 * @param segments the segments of a bilingual file (XLIFF, TMX, TSV), a line each on both sides; empty for a pair
 *                 of text files
 */
public record SourceDocument(String path, String language, String text, LineIndex lines, Alignment alignment,
                             SourceAnalysis analysis, List<FileSegment> segments) {

    /** The source of a pair of text files. */
    public SourceDocument(String path, String language, String text, LineIndex lines, Alignment alignment,
                          SourceAnalysis analysis) {
        this(path, language, text, lines, alignment, analysis, List.of());
    }

    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(analysis, "analysis");
        segments = List.copyOf(segments);
    }

    /** The file segment on the given 1-based line of the document's text, for bilingual files. */
    public java.util.Optional<FileSegment> segmentOnLine(int line) {
        return line >= 1 && line <= segments.size() ? java.util.Optional.of(segments.get(line - 1)) : java.util.Optional.empty();
    }

    public String text(Span span) {
        return span.of(text);
    }

    /** The primary language subtag: {@code zh} for {@code zh-Hant}. */
    public String primaryLanguage() {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
