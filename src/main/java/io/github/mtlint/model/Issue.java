package io.github.mtlint.model;

import java.util.List;
import java.util.Objects;

/** One finding: which rule, what kind of error, how bad, where, and what to write instead. */
public record Issue(String ruleId, Category category, Severity severity, String message, Span span,
                    List<String> suggestions) {

    public Issue {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        suggestions = List.copyOf(suggestions);
    }

    public Issue withSeverity(Severity newSeverity) {
        return new Issue(ruleId, category, newSeverity, message, span, suggestions);
    }
}
