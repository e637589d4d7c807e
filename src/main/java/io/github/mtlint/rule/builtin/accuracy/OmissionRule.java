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

    private static final String SENTENCE_ENDS = "。！？!?";

    private final double minConfidence;
    private final int minSourceLength;
    private final double shortFactor;
    private final int minUnmatchedSentence;
    private final double fallbackRatio;

    public OmissionRule(RuleSpec spec) {
        super(spec.variables("percent").meta());
        this.minConfidence = AlignedPairs.minConfidence(spec);
        this.minSourceLength = spec.integer("minSourceLength");
        this.shortFactor = spec.number("shortFactor");
        this.minUnmatchedSentence = spec.integer("minUnmatchedSentence");
        this.fallbackRatio = spec.number("fallbackRatio");
    }

    /**
     * A source sentence matched to nothing says something the translation lacks when it is long, or a whole sentence
     * (患者正在医院病房接受治疗。); short pieces without a full stop are headlines, datelines and bylines.
     */
    private boolean isLeftOut(String source, Span sentence) {
        int length = sentence.visibleLength(source);
        String text = sentence.of(source).strip();
        boolean wholeSentence = !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
        return length >= minSourceLength || wholeSentence && length >= minUnmatchedSentence;
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        String source = document.source().get().text();
        List<AlignedSegment> segments = document.source().get().alignment().segments();
        for (AlignedSegment segment : segments) {
            if (segment.target().isEmpty() && !segment.source().isEmpty() && isLeftOut(source, segment.source())) {
                // at the place the translation lacks it: an empty span, which reports show between the sentences around it
                context.flag(segment.target()).source(segment.source()).message("unmatched").report();
            }
        }
        List<AlignedSegment> pairs = AlignedPairs.of(document, minConfidence);
        LengthRatios.Measure measure = LengthRatios.measure(document, pairs, minSourceLength, fallbackRatio);
        double expected = measure.expected();
        for (AlignedSegment pair : pairs) {
            int sourceLength = pair.source().visibleLength(source);
            double ratio = measure.of(document, pair);
            if (sourceLength >= minSourceLength && ratio < expected * shortFactor) {
                context.flag(pair.target()).source(pair.source())
                        .with("percent", Math.round(100 * ratio / expected)).report();
            }
        }
    }
}
