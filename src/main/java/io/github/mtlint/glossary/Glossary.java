package io.github.mtlint.glossary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The concepts of one or more glossary files, read once per run and shared by every worker thread. */
public record Glossary(List<Concept> concepts) {

    public Glossary {
        concepts = List.copyOf(concepts);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    /**
     * This glossary under another: where both give a concept for the same term (in any language), the other's
     * concept wins, so a user's glossary overrides the bundled one term by term.
     */
    public Glossary overriddenBy(Glossary other) {
        Set<String> taken = new HashSet<>();
        for (Concept concept : other.concepts) {
            concept.terms().forEach(t -> taken.add(key(t)));
        }
        List<Concept> merged = new ArrayList<>();
        for (Concept concept : concepts) {
            if (concept.terms().stream().noneMatch(t -> taken.contains(key(t)))) {
                merged.add(concept);
            }
        }
        merged.addAll(other.concepts);
        return new Glossary(merged);
    }

    private static String key(Term term) {
        return term.primaryLanguage() + "\u0000" + term.text();
    }
}
