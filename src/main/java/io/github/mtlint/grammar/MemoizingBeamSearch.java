package io.github.mtlint.grammar;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch#bestSequence}, 1.9.4) step for step, for context
 * generators whose context at a position depends only on the input and the two outcomes before it, as the English
 * POS tagger's and chunker's do. Same queue, same order of operations, same scores, so the same ties and the same
 * result; but each (position, previous two outcomes) is evaluated once instead of once per hypothesis (two thirds of
 * the chunker's evaluations are repeats), and hypotheses share their history as a chain instead of each copying it.
 */
final class MemoizingBeamSearch<T> {

    /** BeamSearch's {@code zeroLog}: hypotheses scoring at or below it are dropped. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final int size;
    private final MaxentModel model;

    MemoizingBeamSearch(int size, MaxentModel model) {
        this.size = size;
        this.model = model;
    }

    int size() {
        return size;
    }

    private record Hypothesis(Hypothesis previous, String outcome, double score, int length) {

        static final Hypothesis EMPTY = new Hypothesis(null, null, 0d, 0);

        Hypothesis then(String next, double probability) {
            return new Hypothesis(this, next, score + StrictMath.log(probability), length + 1);
        }

        String[] outcomes() {
            String[] outcomes = new String[length];
            Hypothesis h = this;
            for (int i = length - 1; i >= 0; i--) {
                outcomes[i] = h.outcome;
                h = h.previous;
            }
            return outcomes;
        }
    }

    private record History(String previous, String beforePrevious) {
    }

    /** The outcome probabilities for a context, and the lowest that can still enter the beam. */
    private record Evaluation(double[] probabilities, double threshold) {
    }

    /** The outcomes of the best sequence; fails as OpenNLP's taggers do when no sequence is valid. */
    String[] bestOutcomes(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
                          SequenceValidator<T> validator) {
        PriorityQueue<Hypothesis> previous = new PriorityQueue<>(size, MemoizingBeamSearch::byScoreDescending);
        PriorityQueue<Hypothesis> next = new PriorityQueue<>(size, MemoizingBeamSearch::byScoreDescending);
        previous.add(Hypothesis.EMPTY);
        Map<History, Evaluation> evaluations = new HashMap<>();
        for (int i = 0; i < sequence.length; i++) {
            evaluations.clear();
            int beam = Math.min(size, previous.size());
            for (int taken = 0; !previous.isEmpty() && taken < beam; taken++) {
                Hypothesis top = previous.remove();
                String[] outcomes = top.outcomes();
                int position = i;
                History history = new History(i >= 1 ? outcomes[i - 1] : null, i >= 2 ? outcomes[i - 2] : null);
                Evaluation evaluation = evaluations.computeIfAbsent(history,
                        h -> evaluate(contexts.getContext(position, sequence, outcomes, additionalContext)));
                double[] probabilities = evaluation.probabilities();
                for (int p = 0; p < probabilities.length; p++) {
                    if (probabilities[p] >= evaluation.threshold()) {
                        extend(top, p, probabilities[p], i, sequence, outcomes, validator, next);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < probabilities.length; p++) {
                        extend(top, p, probabilities[p], i, sequence, outcomes, validator, next);
                    }
                }
            }
            previous.clear();
            PriorityQueue<Hypothesis> swap = previous;
            previous = next;
            next = swap;
        }
        if (previous.isEmpty()) {
            throw new IllegalStateException("no valid outcome sequence for " + Arrays.toString(sequence));
        }
        return previous.remove().outcomes();
    }

    private void extend(Hypothesis top, int outcomeIndex, double probability, int position, T[] sequence,
                        String[] outcomes, SequenceValidator<T> validator, PriorityQueue<Hypothesis> next) {
        String outcome = model.getOutcome(outcomeIndex);
        if (validator.validSequence(position, sequence, outcomes, outcome)) {
            Hypothesis extended = top.then(outcome, probability);
            if (extended.score() > MIN_SEQUENCE_SCORE) {
                next.add(extended);
            }
        }
    }

    private Evaluation evaluate(String[] context) {
        double[] probabilities = model.eval(context, new double[model.getNumOutcomes()]);
        return new Evaluation(probabilities, kthLargest(probabilities, size));
    }

    /**
     * The value BeamSearch takes as the lowest that enters the beam: of the values sorted ascending, the one at
     * {@code length - k} (the smallest if there are no more than k), found without sorting them all.
     */
    static double kthLargest(double[] values, int k) {
        if (k >= values.length) {
            return bySorting(values, k);
        }
        double[] largest = new double[k]; // ascending: largest[0] is the k-th largest so far
        int kept = 0;
        for (double value : values) {
            if (Double.isNaN(value)) { // Arrays.sort's order for NaN; probabilities never are
                return bySorting(values, k);
            }
            if (kept < k) {
                int i = kept++;
                while (i > 0 && largest[i - 1] > value) {
                    largest[i] = largest[i - 1];
                    i--;
                }
                largest[i] = value;
            } else if (value > largest[0]) {
                int i = 0;
                while (i + 1 < k && largest[i + 1] < value) {
                    largest[i] = largest[i + 1];
                    i++;
                }
                largest[i] = value;
            }
        }
        return largest[0];
    }

    private static double bySorting(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, sorted.length - k)];
    }

    /** {@code opennlp.tools.util.Sequence#compareTo}: higher scores first. */
    private static int byScoreDescending(Hypothesis a, Hypothesis b) {
        return Double.compare(b.score(), a.score());
    }
}
