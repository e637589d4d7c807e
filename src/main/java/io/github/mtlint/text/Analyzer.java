package io.github.mtlint.text;

import io.github.mtlint.model.Document;

/** Splits a text into paragraphs, sentences and tagged tokens. Implementations may keep per-thread state. */
public interface Analyzer {

    Document analyze(SourceText source);
}
