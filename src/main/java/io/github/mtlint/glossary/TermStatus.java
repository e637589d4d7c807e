package io.github.mtlint.glossary;

/**
 * How a glossary rates a term: TBX's administrativeStatus ({@code preferredTerm-admn-sts}, {@code admittedTerm-admn-sts},
 * {@code deprecatedTerm-admn-sts}, {@code supersededTerm-admn-sts}), or a CSV/TSV cell's {@code !} marker.
 */
public enum TermStatus {
    PREFERRED,
    ADMITTED,
    FORBIDDEN;

    public boolean allowed() {
        return this != FORBIDDEN;
    }
}
