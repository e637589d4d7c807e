package io.github.mtlint.report;

/**
 * The part of the source a finding is about, as reports show it.
 *
 * @param start code-point offset into the source file's decoded text (as the target's {@code start})
 * @param end   code-point offset, exclusive
 * @param text  the source text in that span
 */
public record SourceExcerpt(int start, int end, String text) {
}
