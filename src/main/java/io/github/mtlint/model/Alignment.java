package io.github.mtlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The target's segments matched to the source's, in target order (sources may cross in sentence alignment). */
public record Alignment(AlignmentKind kind, List<AlignedSegment> segments) {

    public Alignment {
        Objects.requireNonNull(kind, "kind");
        segments = List.copyOf(segments);
    }

    /** The aligned segment whose target contains the offset (or, for empty targets, starts at it). */
    public Optional<AlignedSegment> atTarget(int offset) {
        for (AlignedSegment segment : segments) {
            Span t = segment.target();
            if (t.contains(offset) || (t.isEmpty() && t.start() == offset)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

    /** Every aligned segment whose target overlaps the span, in target order. */
    public List<AlignedSegment> overlapping(Span target) {
        List<AlignedSegment> found = new ArrayList<>();
        for (AlignedSegment segment : segments) {
            if (!segment.target().isEmpty() && segment.target().overlaps(target)) {
                found.add(segment);
            }
        }
        return found;
    }

    /** Pairs with text on both sides. */
    public List<AlignedSegment> pairs() {
        return segments.stream().filter(s -> !s.target().isEmpty() && !s.source().isEmpty()).toList();
    }
}
