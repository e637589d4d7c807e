package io.github.mtlint.rule.builtin.repetition;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Degenerate output: a unit of a few words repeated over and over, across sentence ends. Each run is one critical
 * finding, so that the document fails however long it is. Linear: one pass over the words per unit length.
 */
public final class DegenerateTextRule extends BaseRule {

    private final int maxUnitWords;
    private final int minRepeats;
    private final int minRunWords;

    public DegenerateTextRule(RuleSpec spec) {
        super(spec.variables("start", "times", "words").meta());
        this.maxUnitWords = spec.integer("maxUnitWords");
        this.minRepeats = spec.integer("minRepeats");
        this.minRunWords = spec.integer("minRunWords");
    }

    /** A run of words [first, last] with the period of its repeated unit. */
    private record Run(int first, int last, int unit) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Token> words = document.sentences().flatMap(s -> s.words().stream()).toList();
        List<String> keys = words.stream().map(w -> Words.lower(w.text())).toList();
        List<Run> runs = new ArrayList<>();
        for (int unit = 1; unit <= maxUnitWords; unit++) {
            int start = 0; // the run of words equal to the word a unit before them starts at start + unit
            for (int i = unit; i <= keys.size(); i++) {
                if (i < keys.size() && keys.get(i).equals(keys.get(i - unit))) {
                    continue;
                }
                int length = i - start; // words [start, i) repeat with this period
                if (length >= minRunWords && length >= minRepeats * unit) {
                    runs.add(new Run(start, i - 1, unit));
                }
                start = i - unit + 1;
            }
        }
        runs.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(b.last(), a.last()));
        int reportedUpTo = -1;
        for (Run run : runs) {
            if (run.first() <= reportedUpTo) {
                continue; // inside a run already reported (a unit of two words is also one of four)
            }
            int length = run.last() - run.first() + 1;
            context.flag(new Span(words.get(run.first()).span().start(), words.get(run.last()).span().end()))
                    .with("start", String.join(" ", keys.subList(run.first(), run.first() + run.unit())))
                    .with("times", length / run.unit() - 1).with("words", length).report();
            reportedUpTo = run.last();
        }
    }
}
