package io.github.mtlint.model;

import java.util.Objects;

/**
 * A stretch of the target and the stretch of the source it translates. Either side may be empty (at its
 * position) when the other side has no counterpart: an empty target is an omission, an empty source an addition.
 *
 * @param target     span in the target document's text
 * @param source     span in the source text
 * @param confidence 1 for line-aligned or file-aligned pairs; lower for sentence alignment
 */
public record AlignedSegment(Span target, Span source, double confidence) {

    public AlignedSegment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
