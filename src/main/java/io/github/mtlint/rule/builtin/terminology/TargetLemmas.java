package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The analyzer's lemmas of each word of a document, by the word's start offset; computed once per document. */
final class TargetLemmas {

    private final Map<Integer, List<String>> byStart = new HashMap<>();

    private TargetLemmas(Document document) {
        document.tokens().filter(Token::isWord).forEach(t -> byStart.put(t.span().start(), t.lemmas()));
    }

    static TargetLemmas of(Document document) {
        return document.derived(TargetLemmas.class, TargetLemmas::new);
    }

    List<String> at(int offset) {
        return byStart.getOrDefault(offset, List.of());
    }
}
