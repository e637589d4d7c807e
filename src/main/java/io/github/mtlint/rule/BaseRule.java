package io.github.mtlint.rule;

import io.github.mtlint.model.RuleMeta;

/** A rule that holds its metadata, as nearly every rule does. */
public abstract class BaseRule implements Rule {

    private final RuleMeta meta;

    protected BaseRule(RuleMeta meta) {
        this.meta = meta;
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }
}
