package io.github.mtlint.rule;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;

import java.util.List;

/**
 * Where a document names people, places and organisations. Spell-checkers must not call these typos:
 * a transliterated name is not a misspelt English word.
 */
public interface NameSpans {

    List<Span> names(Document document);
}
