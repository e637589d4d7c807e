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

    /**
     * Whether the rule may run on another thread while the others run on the same document: it reads the document only
     * and keeps whatever engine it needs per thread. A run with processors to spare runs such a rule beside the others.
     */
    default boolean runsBesideOthers() {
        return false;
    }

    /** Metadata for an issue id this rule reports; rules that report under several ids override this. */
    default Optional<RuleMeta> metaFor(String issueRuleId) {
        return issueRuleId.equals(id()) ? Optional.of(meta()) : Optional.empty();
    }
}
