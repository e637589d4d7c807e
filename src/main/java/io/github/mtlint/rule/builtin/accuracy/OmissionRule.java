package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.List;

/**
 * Source text without a translation: a source sentence the alignment matched to nothing, or a segment whose
 * translation is far shorter than the document's own length ratio allows. Counted in characters, not compared with a
 * fixed ratio: English runs about 3.4 visible characters per Chinese one, and off-the-shelf length checks that assume
 * one fire on most human translations.
 */
public final class OmissionRule extends BaseRule {

    private final double minConfidence;
    private final int minSourceLength;
    private final double shortFactor;
    private final double fallbackRatio;

    public OmissionRule(RuleSpec spec) {
        super(spec.meta());
        this.minConfidence = AlignedPairs.minConfidence(spec);
        this.minSourceLength = Integer.parseInt(spec.list("minSourceLength").get(0));
        this.shortFactor = Double.parseDouble(spec.list("shortFactor").get(0));
        this.fallbackRatio = Double.parseDouble(spec.list("fallbackRatio").get(0));
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        String source = document.source().get().text();
        List<AlignedSegment> segments = document.source().get().alignment().segments();
        for (int i = 0; i < segments.size(); i++) {
            AlignedSegment segment = segments.get(i);
            if (segment.target().isEmpty() && !segment.source().isEmpty()
                    && AlignedPairs.visibleLength(source.substring(segment.source().start(), segment.source().end())) >= minSourceLength) {
                neighbour(segments, i).ifPresent(beside -> context.flag(beside).source(segment.source()).message("unmatched").report());
            }
        }
        List<AlignedSegment> pairs = AlignedPairs.of(document, minConfidence);
        double expected = LengthRatios.median(document, pairs, minSourceLength, fallbackRatio);
        for (AlignedSegment pair : pairs) {
            int sourceLength = AlignedPairs.visibleLength(source.substring(pair.source().start(), pair.source().end()));
            double ratio = LengthRatios.ratio(document, pair);
            if (sourceLength >= minSourceLength && ratio < expected * shortFactor) {
                context.flag(pair.target()).source(pair.source())
                        .with("percent", Math.round(100 * ratio / expected)).report();
            }
        }
    }

    /** The translated sentence next to an untranslated one: the one before it, else the one after. */
    private static java.util.Optional<Span> neighbour(List<AlignedSegment> segments, int index) {
        for (int k = index - 1; k >= 0; k--) {
            if (!segments.get(k).target().isEmpty()) {
                return java.util.Optional.of(segments.get(k).target());
            }
        }
        for (int k = index + 1; k < segments.size(); k++) {
            if (!segments.get(k).target().isEmpty()) {
                return java.util.Optional.of(segments.get(k).target());
            }
        }
        return java.util.Optional.empty();
    }
}
