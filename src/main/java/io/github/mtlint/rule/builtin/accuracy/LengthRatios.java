package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long a document's translation runs against its source: the median, over its aligned pairs, of target to source
 * length in visible characters. A pair far from the document's own ratio (not a fixed one: ratios differ by language
 * pair, genre and translator) says that something was left out or added. A document with too few pairs to tell its
 * own ratio is judged against a fixed one, and then the source is measured in ideographs (Han, kana, Hangul): a digit,
 * a Latin letter or a mark stands for about one English character, not for the several an ideograph does, so against
 * a fixed ratio it counts as its share of one ("11比9、11比4" is short in English, and no omission). Within a document
 * such characters shift all its pairs alike, and the plain count keeps its median.
 */
final class LengthRatios {

    private static final int MIN_PAIRS = 5;

    private LengthRatios() {
    }

    /** How a document's pairs are measured: against its own median, or against the fixed ratio in ideographs. */
    record Measure(double expected, double fixedRatio, boolean own) {

        /** The pair's target-to-source length, in the document's measure. */
        double of(Document document, AlignedSegment pair) {
            return own ? plainRatio(document, pair) : ideographRatio(document, pair, fixedRatio);
        }
    }

    /**
     * @param minSourceLength pairs with shorter sources (headlines, datelines) say little about the ratio
     * @param fallback        the ratio, in ideographs, where the document has too few pairs to tell its own
     */
    static Measure measure(Document document, List<AlignedSegment> pairs, int minSourceLength, double fallback) {
        String source = document.source().orElseThrow().text();
        List<Double> ratios = new ArrayList<>();
        for (AlignedSegment pair : pairs) {
            if (pair.source().visibleLength(source) >= minSourceLength) {
                ratios.add(plainRatio(document, pair));
            }
        }
        if (ratios.size() < MIN_PAIRS) {
            return new Measure(fallback, fallback, false);
        }
        Collections.sort(ratios);
        int mid = ratios.size() / 2;
        return new Measure(ratios.size() % 2 == 1 ? ratios.get(mid) : (ratios.get(mid - 1) + ratios.get(mid)) / 2, fallback, true);
    }

    private static double plainRatio(Document document, AlignedSegment pair) {
        String source = document.source().orElseThrow().text();
        int sourceLength = pair.source().visibleLength(source);
        return sourceLength == 0 ? Double.POSITIVE_INFINITY : (double) pair.target().visibleLength(document.text()) / sourceLength;
    }

    /**
     * Visible target characters per source ideograph, other visible source characters counting 1/ratio each; an
     * ideograph left in the target counts as the ratio's number of characters, the English it stands for.
     */
    private static double ideographRatio(Document document, AlignedSegment pair, double ratio) {
        String source = document.source().orElseThrow().text();
        double sourceWeight = ideographUnits(source, pair.source(), 1 / ratio);
        double targetWeight = ideographUnits(document.text(), pair.target(), 1 / ratio) * ratio;
        return sourceWeight == 0 ? Double.POSITIVE_INFINITY : targetWeight / sourceWeight;
    }

    /** The visible characters of the span, an ideograph counting one and any other character {@code other}. */
    private static double ideographUnits(String text, Span span, double other) {
        double units = 0;
        for (int i = span.start(); i < span.end(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                units += isIdeograph(c) ? 1 : other;
            }
            i += Character.charCount(c);
        }
        return units;
    }

    private static boolean isIdeograph(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
