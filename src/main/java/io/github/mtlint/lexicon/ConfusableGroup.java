package io.github.mtlint.lexicon;

import java.util.List;

/** Countries machine translation and writers mix up, and why. */
public record ConfusableGroup(List<String> codes, String note) {

    public ConfusableGroup {
        codes = List.copyOf(codes);
    }
}
