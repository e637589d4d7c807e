package io.github.mtlint.text;

import io.github.mtlint.model.SourceAnalysis;

/**
 * Finds what accuracy rules need in a source text (names, with their romanisation). Implementations may keep
 * per-thread state and may know only some languages: for others they find nothing.
 */
public interface SourceAnalyzer {

    SourceAnalysis analyze(String text, String language);

    /** For runs and tests without source analysis: finds nothing. */
    SourceAnalyzer NONE = (text, language) -> SourceAnalysis.NONE;
}
