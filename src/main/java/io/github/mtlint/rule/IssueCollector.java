package io.github.mtlint.rule;

import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import org.apache.commons.text.StringSubstitutor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link RuleContext} of one rule on one document: fills in metadata, overrides and messages. */
public final class IssueCollector implements RuleContext {

    private final RuleMeta meta;
    private final Document document;
    private final RuleSettings settings;
    private final List<Issue> issues = new ArrayList<>();

    public IssueCollector(RuleMeta meta, Document document, RuleSettings settings) {
        this.meta = meta;
        this.document = document;
        this.settings = settings;
    }

    public List<Issue> issues() {
        return issues;
    }

    @Override
    public IssueBuilder flag(Span span) {
        return new PendingIssue(span);
    }

    @Override
    public void report(Issue issue) {
        issues.add(settings.severityFor(issue.ruleId()).map(issue::withSeverity).orElse(issue));
    }

    @Override
    public LocalDate documentDate() {
        if (settings.date() != null) {
            return settings.date();
        }
        return document.statedDate().filter(d -> !d.isAfter(settings.today()))
                .or(() -> document.mainYear().filter(y -> y < settings.today().getYear()).map(y -> LocalDate.of(y, 7, 1)))
                .orElse(settings.today());
    }

    @Override
    public LocalDate today() {
        return settings.today();
    }

    @Override
    public boolean dateIsStated() {
        return settings.date() != null || document.statedDate().isPresent();
    }

    @Override
    public Optional<EnglishVariant> variant() {
        return Optional.ofNullable(settings.variant());
    }

    private final class PendingIssue implements IssueBuilder {
        private final Span span;
        private final List<String> suggestions = new ArrayList<>();
        private final Map<String, Object> variables = new HashMap<>();
        private String messageName = RuleMeta.DEFAULT_MESSAGE;
        private Severity severity = meta.severity();
        private Category category = meta.category();
        private Span sourceSpan;

        PendingIssue(Span span) {
            this.span = span;
        }

        @Override
        public IssueBuilder suggest(String replacement) {
            if (!suggestions.contains(replacement)) {
                suggestions.add(replacement);
            }
            return this;
        }

        @Override
        public IssueBuilder with(String name, Object value) {
            variables.put(name, value);
            return this;
        }

        @Override
        public IssueBuilder message(String name) {
            if (!meta.messages().containsKey(name)) {
                throw new IllegalStateException("rule " + meta.id() + " has no message named '" + name + "'");
            }
            messageName = name;
            return this;
        }

        @Override
        public IssueBuilder source(Span span) {
            sourceSpan = span;
            return this;
        }

        @Override
        public IssueBuilder severity(Severity value) {
            severity = value;
            return this;
        }

        @Override
        public IssueBuilder category(Category value) {
            category = value;
            return this;
        }

        @Override
        public void report() {
            Map<String, Object> values = new HashMap<>(variables);
            values.putIfAbsent("match", document.text(span));
            values.putIfAbsent("suggestion", suggestions.isEmpty() ? "" : suggestions.get(0));
            if (sourceSpan != null) {
                document.source().ifPresent(source -> values.putIfAbsent("source", source.text(sourceSpan)));
            }
            // the values are the text's words, which may hold "${...}" themselves (software strings)
            String message = new StringSubstitutor(values).setEnableUndefinedVariableException(true)
                    .setDisableSubstitutionInValues(true).replace(meta.messages().get(messageName));
            Severity effective = settings.severityFor(meta.id()).orElse(severity);
            issues.add(new Issue(meta.id(), category, effective, message, span, suggestions, sourceSpan));
        }
    }
}
