package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.List;

/**
 * Target text without a source: a target sentence the alignment matched to nothing, or a segment far longer than the
 * document's own length ratio allows (MT that repeats itself or invents a clause).
 */
public final class AdditionRule extends BaseRule {

    private final double minConfidence;
    private final int minSourceLength;
    private final int minTargetLength;
    private final double longFactor;
    private final double fallbackRatio;

    public AdditionRule(RuleSpec spec) {
        super(spec.variables("percent").meta());
        this.minConfidence = AlignedPairs.minConfidence(spec);
        this.minSourceLength = spec.integer("minSourceLength");
        this.minTargetLength = spec.integer("minTargetLength");
        this.longFactor = spec.number("longFactor");
        this.fallbackRatio = spec.number("fallbackRatio");
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        for (AlignedSegment segment : document.source().get().alignment().segments()) {
            if (segment.source().isEmpty() && !segment.target().isEmpty()
                    && segment.target().visibleLength(document.text()) >= minTargetLength) {
                context.flag(segment.target()).message("unmatched").report();
            }
        }
        List<AlignedSegment> pairs = AlignedPairs.of(document, minConfidence);
        LengthRatios.Measure measure = LengthRatios.measure(document, pairs, minSourceLength, fallbackRatio);
        double expected = measure.expected();
        for (AlignedSegment pair : pairs) {
            double ratio = measure.of(document, pair);
            if (pair.target().visibleLength(document.text()) >= minTargetLength && ratio > expected * longFactor) {
                context.flag(pair.target()).source(pair.source())
                        .with("percent", Math.round(100 * ratio / expected)).report();
            }
        }
    }
}
