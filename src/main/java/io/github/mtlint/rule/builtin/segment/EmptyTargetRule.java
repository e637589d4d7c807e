package io.github.mtlint.rule.builtin.segment;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.FileSegment;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.List;

/**
 * A segment of a bilingual file with source text but no translation: no target at all, or an empty one. Such a
 * segment is not aligned, so the accuracy rules do not see it; this rule reports it where its line is.
 */
public final class EmptyTargetRule extends BaseRule {

    public EmptyTargetRule(RuleSpec spec) {
        super(spec.meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        for (FileSegment segment : document.source().map(SourceDocument::segments).orElse(List.of())) {
            if (segment.target().isEmpty() && !segment.source().isEmpty()) {
                RuleContext.IssueBuilder finding = context.flag(segment.target()).source(segment.source());
                (segment.hasTarget() ? finding : finding.message("missing")).report();
            }
        }
    }
}
