package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.FileSegment;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.CrossDocumentRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import org.apache.commons.text.StringSubstitutor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Xbench's inconsistency checks within a document: the same source segment translated two ways ("inconsistency in
 * target"), and two different source segments translated the same ("inconsistency in source", neutral: a repeated
 * English sentence may well be right). Segments are compared whole, without case, white space and closing
 * punctuation; short segments (datelines, "(End)") are left alone. With {@code --consistency run}, the same source
 * segment translated two ways in two documents of the run is reported on the later one too ({@link CrossDocumentRule}).
 */
public final class InconsistentTranslationRule extends BaseRule
        implements CrossDocumentRule<List<InconsistentTranslationRule.Keyed>> {


    private static final Pattern NOT_COMPARED = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private final double minConfidence;
    private final int minSourceLetters;
    private final int minTargetLetters;
    private final int quotedLength;

    public InconsistentTranslationRule(RuleSpec spec) {
        super(spec.variables("first", "place", "where").meta());
        this.minConfidence = spec.number("minConfidence");
        this.minSourceLetters = spec.integer("minSourceLetters");
        this.minTargetLetters = spec.integer("minTargetLetters");
        this.quotedLength = spec.integer("quotedLength");
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
        for (ComparedPair compared : comparedPairs(document, source)) {
            AlignedSegment pair = compared.pair();
            String sourceKey = compared.sourceKey();
            String targetKey = compared.targetKey();
            First sameSource = bySource.putIfAbsent(sourceKey, new First(pair, targetKey));
            if (sameSource != null && !sameSource.other().equals(targetKey)) {
                context.flag(pair.target()).source(pair.source())
                        .with("place", document.placeOf(sameSource.pair().target()))
                        .with("first", document.text(sameSource.pair().target()).strip()).report();
            }
            First sameTarget = byTarget.putIfAbsent(targetKey, new First(pair, sourceKey));
            if (sameTarget != null && !sameTarget.other().equals(sourceKey)) {
                context.flag(pair.target()).source(pair.source()).message("same-target").severity(Severity.NEUTRAL)
                        .with("place", document.placeOf(sameTarget.pair().target()))
                        .with("first", source.text(sameTarget.pair().source()).strip()).report();
            }
        }
    }

    /** An aligned pair the rule compares, with its comparable source and target. */
    private record ComparedPair(AlignedSegment pair, String sourceKey, String targetKey) {
    }

    /** The pairs aligned surely enough, both sides long enough to say something, in document order. */
    private List<ComparedPair> comparedPairs(Document document, SourceDocument source) {
        List<ComparedPair> pairs = new ArrayList<>();
        for (AlignedSegment pair : source.alignment().pairs()) {
            if (pair.confidence() < minConfidence) {
                continue;
            }
            String sourceKey = comparable(source.text(pair.source()));
            String targetKey = comparable(document.text(pair.target()));
            if (sourceKey.codePointCount(0, sourceKey.length()) >= minSourceLetters && targetKey.length() >= minTargetLetters) {
                pairs.add(new ComparedPair(pair, sourceKey, targetKey));
            }
        }
        return pairs;
    }

    /**
     * A compared segment of a document, as the run keeps it: its comparable source and target, where it is, and (for
     * findings on later documents) how to name and quote it.
     *
     * @param where        {@code path:line}, or {@code path#segment} in a bilingual file, as the text report names places
     * @param quoted       the translation, shortened to {@code quotedLength}
     * @param quotedSource the source segment, shortened the same way
     */
    public record Keyed(String sourceKey, String targetKey, Span target, Span source, String where, String quoted,
                        String quotedSource) {
    }

    @Override
    public List<Keyed> summarise(Document document) {
        if (document.source().isEmpty()) {
            return null;
        }
        SourceDocument source = document.source().get();
        List<Keyed> keyed = new ArrayList<>();
        for (ComparedPair compared : comparedPairs(document, source)) {
            AlignedSegment pair = compared.pair();
            String sourceKey = compared.sourceKey();
            String targetKey = compared.targetKey();
            int line = document.locate(pair.target()).line();
            String where = source.segmentOnLine(line).map(FileSegment::id).map(id -> document.id() + "#" + id)
                    .orElse(document.id() + ":" + line);
            keyed.add(new Keyed(sourceKey, targetKey, pair.target(), pair.source(), where,
                    quote(document.text(pair.target())), quote(source.text(pair.source()))));
        }
        return keyed;
    }

    private String quote(String text) {
        String quoted = text.strip();
        return quoted.codePointCount(0, quoted.length()) > quotedLength
                ? quoted.substring(0, quoted.offsetByCodePoints(0, quotedLength)) + "…" : quoted;
    }

    @Override
    public RunComparison<List<Keyed>> startRun() {
        Map<String, Keyed> firstBySource = new HashMap<>();
        Map<String, Keyed> firstByTarget = new HashMap<>();
        return summary -> {
            List<Issue> found = new ArrayList<>();
            for (Keyed segment : summary) {
                Keyed sameSource = firstBySource.get(segment.sourceKey());
                if (sameSource != null && !sameSource.targetKey().equals(segment.targetKey())) {
                    found.add(issue("other-document", meta().severity(), sameSource.quoted(), sameSource, segment));
                }
                Keyed sameTarget = firstByTarget.get(segment.targetKey());
                if (sameTarget != null && !sameTarget.sourceKey().equals(segment.sourceKey())) {
                    found.add(issue("other-document-same-target", Severity.NEUTRAL, sameTarget.quotedSource(), sameTarget, segment));
                }
            }
            // after the comparison, so that a document is not compared with itself here: check() does that
            summary.forEach(segment -> {
                firstBySource.putIfAbsent(segment.sourceKey(), segment);
                firstByTarget.putIfAbsent(segment.targetKey(), segment);
            });
            return found;
        };
    }

    private Issue issue(String messageKey, Severity severity, String first, Keyed earlier, Keyed segment) {
        String message = new StringSubstitutor(Map.of("first", first, "where", earlier.where()))
                .setEnableUndefinedVariableException(true).setDisableSubstitutionInValues(true)
                .replace(meta().messages().get(messageKey));
        return new Issue(id(), meta().category(), severity, message, segment.target(), List.of(), segment.source());
    }

    /** NFKC, lower case, without white space, punctuation and symbols: what a reader would call the same text. */
    static String comparable(String text) {
        return NOT_COMPARED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
