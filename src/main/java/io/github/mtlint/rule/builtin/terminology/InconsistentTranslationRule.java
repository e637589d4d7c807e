package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Xbench's inconsistency checks within a document: the same source segment translated two ways ("inconsistency in
 * target"), and two different source segments translated the same ("inconsistency in source", neutral: a repeated
 * English sentence may well be right). Segments are compared whole, without case, white space and closing
 * punctuation; short segments (datelines, "(End)") are left alone.
 */
public final class InconsistentTranslationRule extends BaseRule {

    private static final Pattern NOT_COMPARED = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private final double minConfidence;
    private final int minSourceLetters;
    private final int minTargetLetters;

    public InconsistentTranslationRule(RuleSpec spec) {
        super(spec.variables("first", "line").meta());
        this.minConfidence = spec.number("minConfidence");
        this.minSourceLetters = spec.integer("minSourceLetters");
        this.minTargetLetters = spec.integer("minTargetLetters");
    }

    /** The first pair seen with a given source or target, and its comparable text on the other side. */
    private record First(AlignedSegment pair, String other) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        SourceDocument source = document.source().get();
        Map<String, First> bySource = new HashMap<>();
        Map<String, First> byTarget = new HashMap<>();
        for (AlignedSegment pair : source.alignment().pairs()) {
            if (pair.confidence() < minConfidence) {
                continue;
            }
            String sourceKey = comparable(source.text(pair.source()));
            String targetKey = comparable(document.text(pair.target()));
            if (sourceKey.codePointCount(0, sourceKey.length()) < minSourceLetters || targetKey.length() < minTargetLetters) {
                continue;
            }
            First sameSource = bySource.putIfAbsent(sourceKey, new First(pair, targetKey));
            if (sameSource != null && !sameSource.other().equals(targetKey)) {
                context.flag(pair.target()).source(pair.source())
                        .with("line", document.locate(sameSource.pair().target()).line())
                        .with("first", document.text(sameSource.pair().target()).strip()).report();
            }
            First sameTarget = byTarget.putIfAbsent(targetKey, new First(pair, sourceKey));
            if (sameTarget != null && !sameTarget.other().equals(sourceKey)) {
                context.flag(pair.target()).source(pair.source()).message("same-target").severity(Severity.NEUTRAL)
                        .with("line", document.locate(sameTarget.pair().target()).line())
                        .with("first", source.text(sameTarget.pair().source()).strip()).report();
            }
        }
    }

    /** NFKC, lower case, without white space, punctuation and symbols: what a reader would call the same text. */
    static String comparable(String text) {
        return NOT_COMPARED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
