package io.github.mtlint.model;

import java.util.List;
import java.util.Objects;

/**
 * A segment of a bilingual file (an XLIFF trans-unit or segment, a TMX translation unit, a TSV line), as checked:
 * one line of the document's text and one line of its source's.
 *
 * @param id          the segment's id in the file (XLIFF unit id, TMX tuid, TSV line number)
 * @param target      its line in the document's text (empty when it has no target)
 * @param source      its line in the source text
 * @param hasTarget   false when the file gives the segment no target at all
 * @param targetCodes its target's inline codes, in order, at offsets into the document's text
 * @param sourceCodes its source's inline codes, in order, at offsets into the source text
 */
public record FileSegment(String id, Span target, Span source, boolean hasTarget, List<InlineCode> targetCodes,
                          List<InlineCode> sourceCodes) {

    public FileSegment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        targetCodes = List.copyOf(targetCodes);
        sourceCodes = List.copyOf(sourceCodes);
    }
}
