package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.BaseRule;

/** A rule that judges names against the lexicon of countries, people and offices. */
abstract class LexiconRule extends BaseRule {

    protected final Lexicon lexicon;

    protected LexiconRule(RuleMeta meta, Lexicon lexicon) {
        super(meta);
        this.lexicon = lexicon;
    }
}
