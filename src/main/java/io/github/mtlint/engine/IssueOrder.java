package io.github.mtlint.engine;

import io.github.mtlint.model.Issue;

import java.util.Comparator;

/** The total order of findings in every report: position, then rule id, then message. */
final class IssueOrder {

    static final Comparator<Issue> ORDER = Comparator
            .comparingInt((Issue i) -> i.span().start())
            .thenComparingInt(i -> i.span().end())
            .thenComparing(Issue::ruleId)
            .thenComparing(Issue::message)
            .thenComparing(i -> String.join("\u0000", i.suggestions()));

    private IssueOrder() {
    }
}
