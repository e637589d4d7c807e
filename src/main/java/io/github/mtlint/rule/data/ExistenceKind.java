package io.github.mtlint.rule.data;

import io.github.mtlint.model.Deadline;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.CaseFold;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        List<String> patterns = new ArrayList<>();
        List<String> triggers = new ArrayList<>();
        boolean everyAlternativeHasTrigger = true;
        if (body.containsKey("tokens")) {
            List<String> tokens = body.get("tokens").strings("tokens");
            for (String t : tokens) {
                if (t.isBlank()) {
                    throw body.get("tokens").error("tokens must not be empty");
                }
                triggers.add(Phrases.longestWord(t));
            }
            alternatives.add(Phrases.alternation(tokens));
        }
        if (body.containsKey("patterns")) {
            for (YamlNode p : body.get("patterns").list("patterns")) {
                String regex = p.string("pattern");
                Regexes.compile(p, regex, Phrases.flags(ignoreCase) | Pattern.MULTILINE);
                alternatives.add("(?:" + regex + ")");
                patterns.add(regex);
                List<String> pieces = LiteralTrigger.of(regex);
                everyAlternativeHasTrigger &= !pieces.isEmpty();
                triggers.addAll(pieces);
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
        // the patterns anchored at a line's start share one ^, so that at other positions the regex fails at once; the
        // others (tokens, or a pattern that may start inside a line) are tried everywhere
        List<String> anchored = patterns.stream().filter(ExistenceKind::startsWithCaret).toList();
        List<String> elsewhere = alternatives.stream().filter(a -> anchored.stream().noneMatch(r -> a.equals("(?:" + r + ")"))).toList();
        List<String> parts = new ArrayList<>();
        if (!anchored.isEmpty()) {
            parts.add("^(?:" + String.join("|", anchored.stream().map(r -> "(?:" + r.substring(1) + ")").toList()) + ")");
        }
        parts.addAll(elsewhere);
        String combined = String.join("|", parts);
        Pattern pattern = Pattern.compile(combined, Phrases.flags(ignoreCase) | Pattern.MULTILINE);
        return new ExistenceRule(meta, scope, pattern, report, everyAlternativeHasTrigger ? List.copyOf(triggers) : List.of());
    }

    /**
     * Whether a pattern begins with the line-start anchor. When every pattern does, the anchor is tested once
     * per position before the alternatives rather than once in each: the same matches, many times faster.
     */
    /** Whether text other than white space stands in the paragraph before the match. */
    private static boolean startsAfter(Document document, Span paragraph, Span match) {
        return match.start() > paragraph.start() && !document.text().substring(paragraph.start(), match.start()).isBlank();
    }

    private static Span trimmedStart(Document document, Span match) {
        int start = match.start();
        while (start < match.end() && Character.isWhitespace(document.text().charAt(start))) {
            start++;
        }
        return new Span(start, match.end());
    }

    private static boolean startsWithCaret(String regex) {
        return regex.startsWith("^") && (regex.length() == 1 || "?*+{".indexOf(regex.charAt(1)) < 0);
    }

    /**
     * @param triggers pieces of text of which every match contains one, case-folded (empty if unknown): regions
     *                 without any are skipped
     */
    private record ExistenceRule(RuleMeta meta, Scope scope, Pattern pattern, Report report, List<String> triggers)
            implements Rule {

        @Override
        public void check(Document document, RuleContext context) {
            List<Span> matches = new ArrayList<>();
            for (Scope.Region region : scope.regions(document)) {
                if (!triggers.isEmpty() && !LiteralTrigger.occursIn(CaseFold.fold(region.text()), triggers)) {
                    continue;
                }
                Matcher m = pattern.matcher(Deadline.guard(region.text()));
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
                Optional<Paragraph> paragraph = document.paragraphAt(match.start());
                if (paragraph.isPresent() && startsAfter(document, paragraph.get().span(), match)) {
                    // the tail of a paragraph ("... in June. Share to WeChat | Print"): the article text before it stays
                    context.flag(trimmedStart(document, match)).report();
                } else {
                    paragraph.filter(p -> !flagged.contains(p)).ifPresent(flagged::add);
                }
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
