package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.Locale;
import java.util.Set;

/** A full stop that cut a phrase in two: "demanding mutual trust. beneficial cooperation". */
public final class BrokenPhraseRule extends LowercaseRestartRule {

    private final Set<String> commaBefore;

    public BrokenPhraseRule(RuleSpec spec) {
        super(spec.variables("next", "previous"));
        this.commaBefore = Set.copyOf(spec.list("commaBefore"));
    }

    @Override
    boolean reportsFragments() {
        return false;
    }

    @Override
    void report(Span span, Token lastWord, Token first, boolean twoSentences, RuleContext context) {
        if (twoSentences) {
            // "suspended on Tuesday. the service was restored": two sentences, the second without its capital
            String capitalised = first.text().substring(0, 1).toUpperCase(Locale.ROOT) + first.text().substring(1);
            context.flag(span).message("capital").with("previous", lastWord.text()).with("next", first.text())
                    .suggest(lastWord.text() + ". " + capitalised).report();
            return;
        }
        String joint = commaBefore.contains(first.text()) ? ", " : " "; // "186 millimeters, with a maximum of"
        context.flag(span).with("previous", lastWord.text()).with("next", first.text())
                .suggest(lastWord.text() + joint + first.text()).report();
    }
}
