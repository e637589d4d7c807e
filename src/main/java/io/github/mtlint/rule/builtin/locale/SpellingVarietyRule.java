package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * British and American spellings mixed in one document ("neighbourliness" among "favorable" and "neighbor").
 * The variety given with {@code --variant} wins; otherwise the document's majority, and on a tie the first.
 * Capitalised words inside a sentence belong to names, which keep their spelling ("World Trade Organization").
 */
public final class SpellingVarietyRule extends BaseRule {

    private final SpellingVariants variants;

    public SpellingVarietyRule(RuleSpec spec) {
        super(spec.variables("count", "variant", "wanted").meta());
        this.variants = spec.shared(SpellingVariants.class);
    }

    private record Marked(Token token, SpellingVariants.Spelling spelling) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Marked> marked = new ArrayList<>();
        document.sentences().forEach(sentence -> {
            List<Token> words = sentence.words();
            for (int i = 0; i < words.size(); i++) {
                Token t = words.get(i);
                if (i == 0 || !t.isCapitalised()) {
                    variants.lookup(t.text()).ifPresent(s -> marked.add(new Marked(t, s)));
                }
            }
        });
        if (marked.isEmpty()) {
            return;
        }
        Optional<EnglishVariant> asked = context.variant();
        EnglishVariant wanted = asked.or(() -> variants.variety(document.text())).orElse(marked.get(0).spelling().variant());
        if (asked.isEmpty() && marked.stream().allMatch(m -> m.spelling().variant() == wanted)) {
            return;
        }
        long wantedCount = marked.stream().filter(m -> m.spelling().variant() == wanted).count();
        for (Marked m : marked) {
            if (m.spelling().variant() != wanted) {
                context.flag(m.token().span()).with("variant", m.spelling().variant().code()).with("wanted", wanted.code())
                        .with("count", wantedCount).suggest(m.spelling().counterpart()).report();
            }
        }
    }
}
