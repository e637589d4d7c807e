package io.github.mtlint.rule.data;

import io.github.mtlint.model.Deadline;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kind: consistency}: alternative forms of which a document should use one. {@code either} lists groups
 * of forms; within the scope, the form used first wins and every other form of its group is flagged, as
 * professional reviewers mark inconsistencies.
 */
final class ConsistencyKind implements RuleKind {

    @Override
    public String name() {
        return "consistency";
    }

    @Override
    public Set<String> keys() {
        return Set.of("either", "ignorecase");
    }

    @Override
    public Scope defaultScope() {
        return Scope.DOCUMENT;
    }

    @Override
    public Set<String> variables() {
        return Set.of("first");
    }

    @Override
    public Rule create(RuleMeta meta, Scope scope, Map<String, YamlNode> body) throws RuleFileException {
        YamlNode either = body.get("either");
        if (either == null) {
            throw body.get("kind").error("a consistency rule needs either: a list of groups of alternative forms");
        }
        boolean ignoreCase = body.containsKey("ignorecase") ? body.get("ignorecase").bool("ignorecase") : false;
        List<List<String>> groups = new ArrayList<>();
        for (YamlNode group : either.list("either")) {
            List<String> forms = group.strings("either group");
            if (forms.size() < 2) {
                throw group.error("a group needs at least two alternative forms");
            }
            groups.add(forms);
        }
        List<Pattern> patterns = new ArrayList<>();
        for (List<String> forms : groups) {
            patterns.add(Pattern.compile(Phrases.alternation(forms), Phrases.flags(ignoreCase)));
        }
        return new ConsistencyRule(meta, scope, groups, patterns, ignoreCase);
    }

    private record ConsistencyRule(RuleMeta meta, Scope scope, List<List<String>> groups, List<Pattern> patterns,
                                   boolean ignoreCase) implements Rule {

        @Override
        public void check(Document document, RuleContext context) {
            for (Scope.Region region : scope.regions(document)) {
                for (int g = 0; g < groups.size(); g++) {
                    Map<String, String> formOf = new HashMap<>();
                    for (String form : groups.get(g)) {
                        formOf.put(Phrases.normalise(form, ignoreCase), form);
                    }
                    String first = null;
                    String firstWritten = null;
                    Matcher m = patterns.get(g).matcher(Deadline.guard(region.text()));
                    while (m.find()) {
                        String form = formOf.get(Phrases.normalise(m.group(), ignoreCase));
                        if (first == null) {
                            first = form;
                            firstWritten = m.group();
                        } else if (!first.equals(form)) {
                            context.flag(new Span(m.start(), m.end()).shift(region.span().start()))
                                    .with("first", firstWritten).suggest(firstWritten).report();
                        }
                    }
                }
            }
        }
    }
}
