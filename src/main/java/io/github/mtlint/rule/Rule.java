package io.github.mtlint.rule;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;

import java.util.Optional;

/**
 * A check over one document. Rules are stateless and thread-safe: one instance serves every worker thread.
 * Rules that need the whole document (consistency, entities) see it whole.
 */
public interface Rule {

    RuleMeta meta();

    void check(Document document, RuleContext context);

    default String id() {
        return meta().id();
    }

    /** Metadata for an issue id this rule reports; rules that report under several ids override this. */
    default Optional<RuleMeta> metaFor(String issueRuleId) {
        return issueRuleId.equals(id()) ? Optional.of(meta()) : Optional.empty();
    }
}
