package io.github.mtlint.lexicon;

import java.util.List;

/** An office and the words news text uses for it. */
public record Title(String office, List<String> forms) {

    public Title {
        forms = List.copyOf(forms);
    }
}
