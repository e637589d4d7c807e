package io.github.mtlint.score;

/**
 * A document's or run's MQM result.
 *
 * @param penalty       APT, the absolute penalty
 * @param words         EWC, the evaluated word count
 * @param normedPenalty NPT, penalty per reference word count (1000 words)
 * @param score         0–100
 * @param passed        score at or above the pass threshold and no critical error
 */
public record MqmScore(double penalty, int words, double normedPenalty, double score, boolean passed) {
}
