package io.github.mtlint.glossary;

import java.util.List;

/**
 * One glossary entry: the terms that name one thing, in every language the glossary gives, each allowed or
 * forbidden. A do-not-translate concept lists text that must reach the translation unchanged (brand names, codes).
 *
 * @param origin    where the entry is, {@code file-name:line} (no folder, so that reports stay the same on every machine)
 * @param note      the glossary's note, or empty
 * @param reference where the entry was checked (the bundled glossary's {@code source} column), or empty
 */
public record Concept(List<Term> terms, boolean doNotTranslate, String note, String reference, String origin) {

    public Concept {
        terms = List.copyOf(terms);
        note = note == null ? "" : note;
        reference = reference == null ? "" : reference;
    }

    /** The terms in a language (by primary subtag: {@code en} takes {@code en-GB} too) with the given use. */
    public List<Term> terms(String primaryLanguage, boolean allowed) {
        return terms.stream().filter(t -> t.primaryLanguage().equals(primaryLanguage) && t.status().allowed() == allowed).toList();
    }

    /** The allowed terms of a language, preferred ones first. */
    public List<String> allowed(String primaryLanguage) {
        return terms(primaryLanguage, true).stream()
                .sorted(java.util.Comparator.comparing(t -> t.status() != TermStatus.PREFERRED))
                .map(Term::text).toList();
    }

    public List<String> forbidden(String primaryLanguage) {
        return terms(primaryLanguage, false).stream().map(Term::text).toList();
    }
}
