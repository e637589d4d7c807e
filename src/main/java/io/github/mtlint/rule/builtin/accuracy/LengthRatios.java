package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long a document's translation runs against its source: the median, over its aligned pairs, of target to source
 * length. A pair far from the document's own ratio (not a fixed one: ratios differ by language pair, genre and
 * translator) says that something was left out or added.
 */
final class LengthRatios {

    private LengthRatios() {
    }

    /**
     * @param minSourceLength pairs with shorter sources (headlines, datelines) say little about the ratio
     * @param fallback        the ratio where the document has too few pairs to tell its own
     */
    static double median(Document document, List<AlignedSegment> pairs, int minSourceLength, double fallback) {
        String source = document.source().orElseThrow().text();
        List<Double> ratios = new ArrayList<>();
        for (AlignedSegment pair : pairs) {
            int sourceLength = pair.source().visibleLength(source);
            if (sourceLength >= minSourceLength) {
                ratios.add((double) pair.target().visibleLength(document.text()) / sourceLength);
            }
        }
        if (ratios.size() < 5) {
            return fallback;
        }
        Collections.sort(ratios);
        int mid = ratios.size() / 2;
        return ratios.size() % 2 == 1 ? ratios.get(mid) : (ratios.get(mid - 1) + ratios.get(mid)) / 2;
    }

    static double ratio(Document document, AlignedSegment pair) {
        String source = document.source().orElseThrow().text();
        int sourceLength = pair.source().visibleLength(source);
        return sourceLength == 0 ? Double.POSITIVE_INFINITY : (double) pair.target().visibleLength(document.text()) / sourceLength;
    }
}
