package io.github.mtlint.rule.data;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kind: existence}: words, phrases ({@code tokens}) or regular expressions ({@code patterns}) that must
 * not appear. {@code report: paragraph} flags the whole paragraph a match is in, {@code report: block} one
 * finding per run of consecutive such paragraphs (a comment form scraped with an article is one error).
 */
final class ExistenceKind implements RuleKind {

    enum Report { MATCH, PARAGRAPH, BLOCK }

    @Override
    public String name() {
        return "existence";
    }

    @Override
    public Set<String> keys() {
        return Set.of("tokens", "patterns", "ignorecase", "report");
    }

    @Override
    public Scope defaultScope() {
        return Scope.SENTENCE;
    }

    @Override
    public Rule create(RuleMeta meta, Scope scope, Map<String, YamlNode> body) throws RuleFileException {
        boolean ignoreCase = body.containsKey("ignorecase") ? body.get("ignorecase").bool("ignorecase") : true;
        List<String> alternatives = new ArrayList<>();
        if (body.containsKey("tokens")) {
            List<String> tokens = body.get("tokens").strings("tokens");
            for (String t : tokens) {
                if (t.isBlank()) {
                    throw body.get("tokens").error("tokens must not be empty");
                }
            }
            alternatives.add(Phrases.alternation(tokens));
        }
        if (body.containsKey("patterns")) {
            for (YamlNode p : body.get("patterns").list("patterns")) {
                String regex = p.string("pattern");
                Regexes.compile(p, regex, Phrases.flags(ignoreCase) | Pattern.MULTILINE);
                alternatives.add("(?:" + regex + ")");
            }
        }
        if (alternatives.isEmpty()) {
            throw body.get("kind").error("an existence rule needs tokens or patterns");
        }
        Report report = Report.MATCH;
        if (body.containsKey("report")) {
            String value = body.get("report").string("report");
            try {
                report = Report.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw body.get("report").error("unknown report '" + value + "' (expected match, paragraph or block)");
            }
        }
        Pattern pattern = Pattern.compile(String.join("|", alternatives), Phrases.flags(ignoreCase) | Pattern.MULTILINE);
        return new ExistenceRule(meta, scope, pattern, report);
    }

    private record ExistenceRule(RuleMeta meta, Scope scope, Pattern pattern, Report report) implements Rule {

        @Override
        public void check(Document document, RuleContext context) {
            List<Span> matches = new ArrayList<>();
            for (Scope.Region region : scope.regions(document)) {
                Matcher m = pattern.matcher(region.text());
                while (m.find()) {
                    if (m.end() > m.start()) {
                        matches.add(new Span(m.start(), m.end()).shift(region.span().start()));
                    }
                }
            }
            if (report == Report.MATCH) {
                matches.forEach(span -> context.flag(span).report());
                return;
            }
            List<Paragraph> flagged = new ArrayList<>();
            for (Span match : matches) {
                document.paragraphAt(match.start()).filter(p -> !flagged.contains(p)).ifPresent(flagged::add);
            }
            Span block = null;
            int lastIndex = -2;
            for (Paragraph p : flagged) {
                if (report == Report.BLOCK && block != null && p.index() == lastIndex + 1) {
                    block = block.union(p.span());
                } else {
                    if (block != null) {
                        context.flag(block).report();
                    }
                    block = p.span();
                }
                lastIndex = p.index();
            }
            if (block != null) {
                context.flag(block).report();
            }
        }
    }
}
