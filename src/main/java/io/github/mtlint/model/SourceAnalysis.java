package io.github.mtlint.model;

import java.util.List;

/** What the source analyser found in a source text: the names in it, in text order. */
public record SourceAnalysis(List<SourceName> names) {

    public static final SourceAnalysis NONE = new SourceAnalysis(List.of());

    public SourceAnalysis {
        names = List.copyOf(names);
    }
}
