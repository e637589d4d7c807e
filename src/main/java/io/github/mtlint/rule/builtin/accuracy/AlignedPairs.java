package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.SourceDocument;

import java.util.List;

/** The aligned pairs accuracy rules compare: both sides present, and aligned surely enough to judge one by the other. */
final class AlignedPairs {

    private AlignedPairs() {
    }

    /** Pairs with text on both sides and at least this alignment confidence; none without a source. */
    static List<AlignedSegment> of(Document document, double minConfidence) {
        return document.source().map(SourceDocument::alignment)
                .map(a -> a.pairs().stream().filter(p -> p.confidence() >= minConfidence).toList())
                .orElse(List.of());
    }

    /** The source side of a pair of {@link #of}, as text. */
    static String sourceText(Document document, AlignedSegment pair) {
        return document.source().orElseThrow().text().substring(pair.source().start(), pair.source().end());
    }

    /** The minimum confidence in a rule's data ({@code minConfidence}), parsed once. */
    static double minConfidence(io.github.mtlint.rule.RuleSpec spec) {
        return spec.number("minConfidence");
    }
}
