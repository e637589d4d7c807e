package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

/** A stray letter or word piece after a full stop, left by a broken segment: "in history. o the development". */
public final class TruncatedFragmentRule extends LowercaseRestartRule {

    public TruncatedFragmentRule(RuleSpec spec) {
        super(spec.variables("fragment", "previous"));
    }

    @Override
    boolean reportsFragments() {
        return true;
    }

    @Override
    void report(Span span, Token lastWord, Token first, boolean twoSentences, RuleContext context) {
        context.flag(span).with("fragment", first.text()).with("previous", lastWord.text()).report();
    }
}
