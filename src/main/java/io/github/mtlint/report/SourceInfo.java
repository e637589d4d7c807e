package io.github.mtlint.report;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.AlignmentKind;

import java.util.List;
import java.util.Objects;

/**
 * The source of a checked document, as reports show it.
 *
 * @param text     the source's normalised text, which the segments' source spans index (HTML shows it)
 * @param segments the alignment of target and source, for side-by-side views
 * @param note     a remark for the reader when the sides were not line-aligned, else null
 */
public record SourceInfo(String path, String language, AlignmentKind aligned, String text, List<AlignedSegment> segments,
                         String note) {

    public SourceInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(aligned, "aligned");
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
    }
}
