package io.github.mtlint.model;

import java.util.List;

/** A sentence as the analyzer split it; the span excludes surrounding whitespace. Tokens exclude whitespace. */
public record Sentence(Span span, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public List<Token> words() {
        return tokens.stream().filter(Token::isWord).toList();
    }
}
