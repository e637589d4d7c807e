package io.github.mtlint.model;

/** What a paragraph is in a news page; only body paragraphs are held to sentence rules. */
public enum ParagraphKind {
    BODY, HEADLINE, BYLINE, DATELINE, CAPTION, LIST_ITEM
}
