package io.github.mtlint.rule.data;

import io.github.mtlint.model.Deadline;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kind: occurrence}: how many words, sentences, characters or matches of a {@code pattern} a scope may
 * hold ({@code max}, {@code min}); the whole scope (a sentence, say) is flagged when the count is outside.
 */
final class OccurrenceKind implements RuleKind {

    enum Unit { WORDS, SENTENCES, CHARACTERS, PATTERN }

    @Override
    public String name() {
        return "occurrence";
    }

    @Override
    public Set<String> keys() {
        return Set.of("count", "pattern", "max", "min", "ignorecase");
    }

    @Override
    public Scope defaultScope() {
        return Scope.SENTENCE;
    }

    @Override
    public Set<String> variables() {
        return Set.of("count", "max", "min");
    }

    @Override
    public Rule create(RuleMeta meta, Scope scope, Map<String, YamlNode> body) throws RuleFileException {
        if (!body.containsKey("count")) {
            throw body.get("kind").error("an occurrence rule needs count: words, sentences, characters or pattern");
        }
        String unitName = body.get("count").string("count");
        Unit unit;
        try {
            unit = Unit.valueOf(unitName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw body.get("count").error("unknown count '" + unitName + "' (expected words, sentences, characters or pattern)");
        }
        Pattern pattern = null;
        if (unit == Unit.PATTERN) {
            if (!body.containsKey("pattern")) {
                throw body.get("count").error("count: pattern needs a pattern");
            }
            boolean ignoreCase = body.containsKey("ignorecase") && body.get("ignorecase").bool("ignorecase");
            pattern = Regexes.compile(body.get("pattern"), body.get("pattern").string("pattern"), Phrases.flags(ignoreCase));
        }
        if (unit == Unit.SENTENCES && scope == Scope.SENTENCE) {
            throw body.get("count").error("counting sentences needs scope: paragraph or document");
        }
        Integer max = body.containsKey("max") ? body.get("max").integer("max", 0) : null;
        Integer min = body.containsKey("min") ? body.get("min").integer("min", 0) : null;
        if (max == null && min == null) {
            throw body.get("kind").error("an occurrence rule needs max or min");
        }
        return new OccurrenceRule(meta, scope, unit, pattern, max, min);
    }

    private record OccurrenceRule(RuleMeta meta, Scope scope, Unit unit, Pattern pattern, Integer max, Integer min)
            implements Rule {

        @Override
        public void check(Document document, RuleContext context) {
            for (Scope.Region region : scope.regions(document)) {
                int count = count(document, region);
                boolean tooMany = max != null && count > max;
                boolean tooFew = min != null && count < min;
                if (tooMany || tooFew) {
                    context.flag(region.span()).with("count", count).with("max", max == null ? "" : max)
                            .with("min", min == null ? "" : min).report();
                }
            }
        }

        private int count(Document document, Scope.Region region) {
            return switch (unit) {
                case WORDS -> Document.countWords(region.text());
                case CHARACTERS -> region.text().codePointCount(0, region.text().length());
                case SENTENCES -> (int) document.sentences().filter(s -> region.span().contains(s.span())).count();
                case PATTERN -> {
                    int n = 0;
                    Matcher m = pattern.matcher(Deadline.guard(region.text()));
                    while (m.find()) {
                        n++;
                    }
                    yield n;
                }
            };
        }
    }
}
