package io.github.mtlint.rule.data;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;

import java.util.List;
import java.util.Locale;

/** Where a pack rule looks: the whole document, each paragraph, or each sentence. */
enum Scope {
    DOCUMENT, PARAGRAPH, SENTENCE;

    /** A piece of the document a rule examines on its own. */
    record Region(Span span, String text) {
    }

    List<Region> regions(Document document) {
        return switch (this) {
            case DOCUMENT -> List.of(new Region(new Span(0, document.text().length()), document.text()));
            case PARAGRAPH -> document.paragraphs().stream().map(p -> new Region(p.span(), p.text())).toList();
            case SENTENCE -> document.sentences().map(s -> new Region(s.span(), s.text())).toList();
        };
    }

    static Scope parse(YamlNode node) throws RuleFileException {
        String value = node.string("scope");
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.error("unknown scope '" + value + "' (expected document, paragraph or sentence)");
        }
    }
}
