package io.github.mtlint.lexicon;

import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases (names of countries, capitals, people…) in text: the longest match at each position,
 * case-sensitive, compared token by token as {@link NameTokenizer} splits them.
 */
public final class PhraseIndex<T> {

    /** A known phrase found in text. */
    public record Match<T>(List<T> values, Span span, String key) {
    }

    private final Map<String, List<T>> byKey = new HashMap<>();
    private final java.util.Set<String> firstTokens = new java.util.HashSet<>();
    private int maxTokens = 1;

    public void add(String phrase, T value) {
        String key = NameTokenizer.key(phrase);
        if (key.isEmpty()) {
            return;
        }
        List<T> values = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!values.contains(value)) {
            values.add(value);
        }
        String[] parts = key.split(" ");
        firstTokens.add(parts[0]);
        maxTokens = Math.max(maxTokens, parts.length);
    }

    public List<T> get(String phrase) {
        return byKey.getOrDefault(NameTokenizer.key(phrase), List.of());
    }

    public boolean contains(String phrase) {
        return byKey.containsKey(NameTokenizer.key(phrase));
    }

    public List<Match<T>> find(String text, int offset) {
        return find(NameTokenizer.tokens(text, offset));
    }

    public List<Match<T>> find(List<NameTokenizer.NameToken> tokens) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!firstTokens.contains(tokens.get(i).norm())) {
                i++;
                continue;
            }
            int matched = 0;
            StringBuilder key = new StringBuilder();
            List<T> best = null;
            String bestKey = null;
            for (int n = 1; n <= maxTokens && i + n <= tokens.size(); n++) {
                if (n > 1) {
                    key.append(' ');
                }
                key.append(tokens.get(i + n - 1).norm());
                List<T> values = byKey.get(key.toString());
                if (values != null) {
                    best = values;
                    bestKey = key.toString();
                    matched = n;
                }
            }
            if (best != null) {
                matches.add(new Match<>(best, new Span(tokens.get(i).span().start(), tokens.get(i + matched - 1).span().end()), bestKey));
                i += matched;
            } else {
                i++;
            }
        }
        return matches;
    }
}
