package io.github.mtlint.text;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Alignment;
import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a target document's segments to its source's. One segment a line on both sides with equal counts is
 * line-aligned (confidence 1). Otherwise sentences are aligned by length, as Gale and Church (1993) do, with the
 * expected length ratio taken from the document itself (English runs about four characters per Chinese one,
 * not one) and shared numbers as anchors. Source sentences left without a counterpart stay in the alignment with
 * an empty target, for the omission rule.
 */
public final class SourceAligner {

    // Gale-Church priors of bead types; the 1-1 bead is by far the most common
    private static final double P_ONE_ONE = 0.89;
    private static final double P_ONE_ZERO = 0.0099;
    private static final double P_TWO_ONE = 0.089 / 2;
    private static final double P_TWO_TWO = 0.011;
    /**
     * Not one of Gale and Church's beads: Chinese is split at ； as well, and a sentence of three such clauses is often
     * one English sentence. A tenth of the 2-1 bead's prior, so that it wins only where the lengths call for it.
     */
    private static final double P_THREE_ONE = P_TWO_ONE / 10;
    /** Variance of the target length per source character, relative to the expected ratio. */
    private static final double VARIANCE_PER_RATIO = 8.0;
    /** A shared number makes a bead this much more likely (in nats); one that only one side has, less likely. */
    private static final double ANCHOR_BONUS = 1.5;
    /**
     * A bead of paired sentences that starts a paragraph on one side only is this much less likely (in nats):
     * translators keep the source's paragraphs, so that a source missing its last lines does not slide every pair
     * before the gap out of place.
     */
    private static final double PARAGRAPH_MISMATCH = 6.0;
    /** Source and target sentences further apart than this (after scaling) are never paired: keeps the cost linear. */
    private static final int BAND = 40;

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final String SOURCE_TERMINATORS = "。！？!?；;";
    private static final String CLOSERS = "”’」』）)\"'》";

    /**
     * Visible (non-space) English characters per source character where it is known: 3.39 is the median over the
     * segments of WMT21's zh→en human translations (p5 2.42, p95 4.55). A document's own ratio is skewed by the very
     * omissions alignment must find.
     */
    private static final java.util.Map<String, Double> EXPECTED_RATIOS = java.util.Map.of("zh", 3.4);

    public Alignment align(Document target, String source) {
        return align(target, source, "");
    }

    /** @param language the source's BCP-47 tag, for its expected length ratio (unknown: the document's own) */
    public Alignment align(Document target, String source, String language) {
        List<Span> targetLines = lines(target.text());
        List<Span> sourceLines = lines(source);
        if (targetLines.size() == sourceLines.size() && !targetLines.isEmpty()) {
            List<AlignedSegment> segments = new ArrayList<>(targetLines.size());
            for (int i = 0; i < targetLines.size(); i++) {
                segments.add(new AlignedSegment(targetLines.get(i), sourceLines.get(i), 1.0));
            }
            return new Alignment(AlignmentKind.LINES, segments);
        }
        List<Span> targetSentences = target.sentences().map(s -> s.span()).toList();
        if (targetSentences.isEmpty()) {
            targetSentences = targetLines;
        }
        String primary = SourceLanguages.primary(language);
        return new Alignment(AlignmentKind.SENTENCES, alignSentences(target.text(), targetSentences, source,
                sourceSentences(source), EXPECTED_RATIOS.get(primary)));
    }

    /** Non-blank lines, trimmed. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            Span trimmed = trim(text, start, end);
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
            start = end + 1;
        }
        return lines;
    }

    /** Sentences of a Chinese (or Japanese) text: split after 。！？ and their closing quotes, and at line ends. */
    static List<Span> sourceSentences(String text) {
        List<Span> sentences = new ArrayList<>();
        for (Span line : lines(text)) {
            int start = line.start();
            int i = line.start();
            while (i < line.end()) {
                char c = text.charAt(i);
                i++;
                if (SOURCE_TERMINATORS.indexOf(c) >= 0) {
                    while (i < line.end() && (CLOSERS.indexOf(text.charAt(i)) >= 0
                            || SOURCE_TERMINATORS.indexOf(text.charAt(i)) >= 0)) {
                        i++;
                    }
                    Span sentence = trim(text, start, i);
                    if (!sentence.isEmpty()) {
                        sentences.add(sentence);
                    }
                    start = i;
                }
            }
            Span rest = trim(text, start, line.end());
            if (!rest.isEmpty()) {
                sentences.add(rest);
            }
        }
        return sentences;
    }

    private List<AlignedSegment> alignSentences(String targetText, List<Span> targets, String sourceText, List<Span> sources,
                                                Double expectedRatio) {
        int n = sources.size();
        int m = targets.size();
        double[] sourceLengths = new double[n];
        double[] targetLengths = new double[m];
        double sourceTotal = 0;
        double targetTotal = 0;
        for (int i = 0; i < n; i++) {
            sourceLengths[i] = sources.get(i).visibleLength(sourceText);
            sourceTotal += sourceLengths[i];
        }
        for (int j = 0; j < m; j++) {
            targetLengths[j] = targets.get(j).visibleLength(targetText);
            targetTotal += targetLengths[j];
        }
        double ratio = expectedRatio != null ? expectedRatio : sourceTotal == 0 ? 1 : Math.max(0.2, targetTotal / sourceTotal);
        List<Set<String>> sourceNumbers = numbers(sourceText, sources);
        List<Set<String>> targetNumbers = numbers(targetText, targets);

        boolean[] sourceLineStarts = lineStarts(sourceText, sources);
        boolean[] targetLineStarts = lineStarts(targetText, targets);
        // where both sides are written in paragraphs (a line a paragraph: no target sentence runs over a line end, as in
        // hard-wrapped text), a bead that pairs sentences starts a paragraph on both sides or on neither; a sentence
        // without counterpart may stand anywhere, so that an omission at a paragraph's end stays one
        boolean paragraphs = count(sourceLineStarts, n) > 1 && count(targetLineStarts, m) > 1
                && targets.stream().noneMatch(t -> breaksLine(targetText, t.start(), t.end()));
        BeadCosts costs = (bead, i, j) -> beadCost(bead, sum(sourceLengths, i - BEADS[bead][0], i),
                sum(targetLengths, j - BEADS[bead][1], j), ratio, union(sourceNumbers, i - BEADS[bead][0], i),
                union(targetNumbers, j - BEADS[bead][1], j))
                + (paragraphs && BEADS[bead][0] > 0 && BEADS[bead][1] > 0
                        && sourceLineStarts[i - BEADS[bead][0]] != targetLineStarts[j - BEADS[bead][1]] ? PARAGRAPH_MISMATCH : 0);
        int band = Math.max(BAND, Math.abs(n - m) + BAND / 2);
        // the best alignment (Viterbi), and beside it every alignment's total (forward), in costs (negative log)
        double[][] best = infinite(n, m);
        double[][] forward = infinite(n, m);
        int[][] back = new int[n + 1][m + 1];
        best[0][0] = 0;
        forward[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = bandFrom(i, n, m, band); j <= bandTo(i, n, m, band); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int bead = 0; bead < BEADS.length; bead++) {
                    int di = BEADS[bead][0];
                    int dj = BEADS[bead][1];
                    if (i < di || j < dj || best[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = costs.at(bead, i, j);
                    if (best[i - di][j - dj] + c < best[i][j]) {
                        best[i][j] = best[i - di][j - dj] + c;
                        back[i][j] = bead;
                    }
                    forward[i][j] = logSum(forward[i][j], forward[i - di][j - dj] + c);
                }
            }
        }
        if (best[n][m] == Double.POSITIVE_INFINITY) {
            return List.of();
        }
        double[][] backward = backward(costs, n, m, band);
        List<AlignedSegment> reversed = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int bead = back[i][j];
            int di = BEADS[bead][0];
            int dj = BEADS[bead][1];
            Span source = di == 0 ? emptyAt(sources, i, sourceText.length()) : sources.get(i - di).union(sources.get(i - 1));
            Span target = dj == 0 ? emptyAt(targets, j, targetText.length()) : targets.get(j - dj).union(targets.get(j - 1));
            // how much of all alignments' weight goes through this pair: high where no other alignment explains the
            // sides nearly as well, however far the pair's own lengths stray from the expected ratio
            double posterior = Math.exp(-(forward[i - di][j - dj] + costs.at(bead, i, j) + backward[i][j] - forward[n][m]));
            reversed.add(new AlignedSegment(target, source, bead == 1 || bead == 2 ? 0 : Math.min(1, posterior)));
            i -= di;
            j -= dj;
        }
        List<AlignedSegment> segments = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) {
            segments.add(reversed.get(k));
        }
        return segments;
    }

    /** A bead's cost where it ends at source sentence {@code i} and target sentence {@code j}. */
    private interface BeadCosts {
        double at(int bead, int i, int j);
    }

    /** Every alignment's total cost from each cell to the end, over the same band as the forward pass. */
    private static double[][] backward(BeadCosts costs, int n, int m, int band) {
        double[][] backward = infinite(n, m);
        backward[n][m] = 0;
        for (int i = n; i >= 0; i--) {
            for (int j = bandTo(i, n, m, band); j >= bandFrom(i, n, m, band); j--) {
                for (int bead = 0; bead < BEADS.length; bead++) {
                    int ni = i + BEADS[bead][0];
                    int nj = j + BEADS[bead][1];
                    if (ni > n || nj > m || nj < bandFrom(ni, n, m, band) || nj > bandTo(ni, n, m, band)
                            || backward[ni][nj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    backward[i][j] = logSum(backward[i][j], backward[ni][nj] + costs.at(bead, ni, nj));
                }
            }
        }
        return backward;
    }

    private static int bandFrom(int i, int n, int m, int band) {
        return Math.max(0, (n == 0 ? 0 : (int) Math.round((double) i * m / n)) - band);
    }

    private static int bandTo(int i, int n, int m, int band) {
        return Math.min(m, (n == 0 ? 0 : (int) Math.round((double) i * m / n)) + band);
    }

    private static double[][] infinite(int n, int m) {
        double[][] cells = new double[n + 1][m + 1];
        for (double[] row : cells) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        return cells;
    }

    /** Two costs (negative logs) of alternatives combined: -log(e^-a + e^-b). */
    private static double logSum(double a, double b) {
        if (a == Double.POSITIVE_INFINITY) {
            return b;
        }
        if (b == Double.POSITIVE_INFINITY) {
            return a;
        }
        return Math.min(a, b) - Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    /** Bead shapes: source sentences, target sentences. */
    private static final int[][] BEADS = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}};

    private static double beadCost(int bead, double sourceLength, double targetLength, double ratio,
                                   Set<String> sourceNumbers, Set<String> targetNumbers) {
        double prior = switch (bead) {
            case 0 -> P_ONE_ONE;
            case 1, 2 -> P_ONE_ZERO;
            case 3, 4 -> P_TWO_ONE;
            case 5 -> P_TWO_TWO;
            default -> P_THREE_ONE;
        };
        if (bead == 1 || bead == 2) {
            // a sentence without counterpart costs its prior alone: its length says nothing, and charging the length
            // difference (as Gale and Church do) would hide exactly the omissions this alignment is for
            return -Math.log(prior);
        }
        double cost = -Math.log(prior) - Math.log(Math.max(1e-12, matchProbability(sourceLength, targetLength, ratio)));
        if (!sourceNumbers.isEmpty() || !targetNumbers.isEmpty()) {
            Set<String> shared = new HashSet<>(sourceNumbers);
            shared.retainAll(targetNumbers);
            cost -= ANCHOR_BONUS * shared.size();
            if (shared.isEmpty() && !sourceNumbers.isEmpty() && !targetNumbers.isEmpty()) {
                cost += ANCHOR_BONUS;
            }
        }
        return cost;
    }

    /** Two-sided tail probability of the length difference under the Gale-Church normal model. */
    private static double matchProbability(double sourceLength, double targetLength, double ratio) {
        if (sourceLength == 0 && targetLength == 0) {
            return 1;
        }
        double mean = (sourceLength + targetLength / ratio) / 2;
        double delta = (targetLength - sourceLength * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE_PER_RATIO * ratio);
        return 2 * (1 - normalCdf(Math.abs(delta)));
    }

    // Abramowitz and Stegun 26.2.17, absolute error below 7.5e-8
    private static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }

    private static Span emptyAt(List<Span> spans, int index, int textLength) {
        int at = index < spans.size() ? spans.get(index).start() : index > 0 ? spans.get(index - 1).end() : 0;
        return new Span(Math.min(at, textLength), Math.min(at, textLength));
    }

    private static double sum(double[] values, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += values[k];
        }
        return sum;
    }

    /** Whether each sentence starts a line, and a last entry for the end of the text, which starts nothing more. */
    private static boolean[] lineStarts(String text, List<Span> sentences) {
        boolean[] starts = new boolean[sentences.size() + 1];
        for (int k = 0; k < sentences.size(); k++) {
            starts[k] = k == 0 || breaksLine(text, sentences.get(k - 1).end(), sentences.get(k).start());
        }
        starts[sentences.size()] = true;
        return starts;
    }

    /** Whether the text between the offsets holds a line end. */
    private static boolean breaksLine(String text, int from, int to) {
        int newline = text.indexOf('\n', from);
        return newline >= 0 && newline < to;
    }

    private static int count(boolean[] values, int upTo) {
        int count = 0;
        for (int k = 0; k < upTo; k++) {
            count += values[k] ? 1 : 0;
        }
        return count;
    }

    private static Set<String> union(List<Set<String>> sets, int from, int to) {
        if (to - from == 1) {
            return sets.get(from);
        }
        Set<String> union = new HashSet<>();
        for (int k = from; k < to; k++) {
            union.addAll(sets.get(k));
        }
        return union;
    }

    private static List<Set<String>> numbers(String text, List<Span> spans) {
        List<Set<String>> numbers = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Set<String> found = new HashSet<>();
            Matcher m = DIGITS.matcher(text).region(span.start(), span.end());
            while (m.find()) {
                found.add(m.group().replace(",", ""));
            }
            numbers.add(found);
        }
        return numbers;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
