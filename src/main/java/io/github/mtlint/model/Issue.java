package io.github.mtlint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: which rule, what kind of error, how bad, where, and what to write instead.
 *
 * @param sourceSpan for findings against the source (accuracy), the span of the source text concerned; else null
 */
public record Issue(String ruleId, Category category, Severity severity, String message, Span span,
                    List<String> suggestions, Span sourceSpan) {

    public Issue {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        suggestions = List.copyOf(suggestions);
    }

    /** A finding on the target alone. */
    public Issue(String ruleId, Category category, Severity severity, String message, Span span, List<String> suggestions) {
        this(ruleId, category, severity, message, span, suggestions, null);
    }

    public Optional<Span> source() {
        return Optional.ofNullable(sourceSpan);
    }

    /** The same finding in a text that has {@code offset} more characters before it (its source span unchanged). */
    public Issue shifted(int offset) {
        return new Issue(ruleId, category, severity, message, span.shift(offset), suggestions, sourceSpan);
    }

    public Issue withSeverity(Severity newSeverity) {
        return new Issue(ruleId, category, newSeverity, message, span, suggestions, sourceSpan);
    }
}
