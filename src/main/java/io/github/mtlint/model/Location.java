package io.github.mtlint.model;

/** 1-based line and column of a span's start and end; columns count Unicode code points. */
public record Location(int line, int column, int endLine, int endColumn) {
}
