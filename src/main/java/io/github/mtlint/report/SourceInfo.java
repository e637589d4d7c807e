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
 * @param segmentIds for a bilingual file, the id of each aligned segment in the file, in the order of {@code segments};
 *                 else empty
 */
public record SourceInfo(String path, String language, AlignmentKind aligned, String text, List<AlignedSegment> segments,
                         String note, List<String> segmentIds) {

    /** The source of a pair of text files. */
    public SourceInfo(String path, String language, AlignmentKind aligned, String text, List<AlignedSegment> segments,
                      String note) {
        this(path, language, aligned, text, segments, note, List.of());
    }

    public SourceInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(aligned, "aligned");
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
        segmentIds = List.copyOf(segmentIds);
    }
}
