package io.github.mtlint.cli;

import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.sentence.BrokenPhraseRule;
import io.github.mtlint.rule.builtin.sentence.FragmentRule;
import io.github.mtlint.rule.builtin.sentence.MissingSentenceBoundaryRule;
import io.github.mtlint.rule.builtin.sentence.TruncatedFragmentRule;
import io.github.mtlint.rule.builtin.sentence.UnterminatedParagraphRule;
import io.github.mtlint.rule.data.RuleFileException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The Java rules and filters, each with its metadata and word lists from {@code rules/builtin}. */
final class BuiltinRules {

    private final Map<String, RuleSpec> specs;
    private final Map<String, RuleSpec> unused;

    BuiltinRules(Map<String, RuleSpec> specs) {
        this.specs = specs;
        this.unused = new HashMap<>(specs);
    }

    void register(RuleSet.Builder builder) throws RuleFileException {
        add(builder, "sentence.missing-boundary", MissingSentenceBoundaryRule::new);
        add(builder, "sentence.broken-phrase", BrokenPhraseRule::new);
        add(builder, "sentence.truncated-fragment", TruncatedFragmentRule::new);
        add(builder, "sentence.unterminated-paragraph", UnterminatedParagraphRule::new);
        add(builder, "sentence.fragment", FragmentRule::new);
        if (!unused.isEmpty()) {
            throw new RuleFileException("rules/builtin: no Java rule for " + String.join(", ", unused.keySet().stream().sorted().toList()));
        }
    }

    private void add(RuleSet.Builder builder, String id, Function<RuleSpec, Rule> factory) throws RuleFileException {
        RuleSpec spec = specs.get(id);
        if (spec == null) {
            throw new RuleFileException("rules/builtin: the description of " + id + " (" + id.replace('.', '/') + ".yml) is missing");
        }
        unused.remove(id);
        builder.add(factory.apply(spec));
    }
}
