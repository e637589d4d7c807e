package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translation that is its source: the whole segment left as it was, or a passage of the source copied into the
 * target. Segments without the source's script (scores, dates, codes, NBA, G20) are the same in both languages.
 */
public final class UntranslatedRule extends BaseRule {

    private static final Pattern SOURCE_SCRIPT_RUN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]"
            + "(?:[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\d\\s\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20]*"
            + "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])?");

    private final double minConfidence;

    public UntranslatedRule(RuleSpec spec) {
        super(spec.meta());
        this.minConfidence = AlignedPairs.minConfidence(spec);
    }

    @Override
    public void check(Document document, RuleContext context) {
        for (AlignedSegment pair : AlignedPairs.of(document, minConfidence)) {
            String target = document.text(pair.target());
            String sourceSegment = AlignedPairs.sourceText(document, pair);
            // a segment of Latin letters (NBA, G20, a brand) is written the same in both languages
            if (comparable(target).equals(comparable(sourceSegment)) && SOURCE_SCRIPT_RUN.matcher(sourceSegment).find()) {
                context.flag(pair.target()).source(pair.source()).message("whole").report();
                continue;
            }
            Matcher run = SOURCE_SCRIPT_RUN.matcher(target);
            while (run.find()) {
                int at = sourceSegment.indexOf(run.group());
                if (at >= 0) {
                    Span inSource = new Span(pair.source().start() + at, pair.source().start() + at + run.group().length());
                    context.flag(new Span(run.start(), run.end()).shift(pair.target().start())).source(inSource).report();
                }
            }
        }
    }

    /** NFKC without white space: full-width and half-width forms, and spacing, do not make a translation. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
