package io.github.mtlint.rule.data;

import io.github.mtlint.model.Deadline;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.CaseFold;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kind: substitution}: wording that has a preferred replacement. {@code swap} is a mapping
 * ({@code bad: good} or {@code bad: [good, other]}) or a list of entries
 * ({@code match:} a phrase or {@code pattern:} a regex, {@code suggest:}, optional {@code note:} for the message).
 */
final class SubstitutionKind implements RuleKind {

    private static final Set<String> ENTRY_KEYS = Set.of("match", "pattern", "suggest", "note");
    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$(\\d)");

    @Override
    public String name() {
        return "substitution";
    }

    @Override
    public Set<String> keys() {
        return Set.of("swap", "ignorecase");
    }

    @Override
    public Scope defaultScope() {
        return Scope.SENTENCE;
    }

    @Override
    public Set<String> variables() {
        return Set.of("note");
    }

    /**
     * @param own     the entry's own compiled pattern
     * @param triggers pieces of which every match contains one, case-folded (empty if unknown): the entry is tried
     *                 only where one occurs
     * @param isRegex  whether suggestions may refer to groups ($1)
     */
    private record Entry(String regex, List<String> suggestions, String note, Pattern own, List<String> triggers,
                         boolean isRegex) {
    }

    @Override
    public Rule create(RuleMeta meta, Scope scope, Map<String, YamlNode> body) throws RuleFileException {
        boolean ignoreCase = body.containsKey("ignorecase") ? body.get("ignorecase").bool("ignorecase") : true;
        YamlNode swap = body.get("swap");
        if (swap == null) {
            throw body.get("kind").error("a substitution rule needs swap");
        }
        List<Entry> entries = new ArrayList<>();
        if (swap.isMap()) {
            for (Map.Entry<String, YamlNode> e : swap.freeMap("swap").entrySet()) {
                entries.add(literal(e.getKey(), e.getValue().strings("suggestion"), "", ignoreCase));
            }
        } else {
            for (YamlNode item : swap.list("swap")) {
                Map<String, YamlNode> fields = item.map(ENTRY_KEYS, "swap entry");
                if (fields.containsKey("match") == fields.containsKey("pattern")) {
                    throw item.error("a swap entry needs exactly one of match or pattern");
                }
                if (!fields.containsKey("suggest")) {
                    throw item.error("a swap entry needs suggest");
                }
                List<String> suggestions = fields.get("suggest").strings("suggest");
                String note = fields.containsKey("note") ? fields.get("note").string("note") : "";
                if (fields.containsKey("match")) {
                    entries.add(literal(fields.get("match").string("match"), suggestions, note, ignoreCase));
                } else {
                    String regex = fields.get("pattern").string("pattern");
                    Pattern p = Regexes.compile(fields.get("pattern"), regex, Phrases.flags(ignoreCase));
                    for (String suggestion : suggestions) {
                        java.util.regex.Matcher ref = GROUP_REFERENCE.matcher(suggestion);
                        while (ref.find()) {
                            if (Integer.parseInt(ref.group(1)) > Regexes.groupCount(p)) {
                                throw fields.get("suggest").error("suggestion refers to $" + ref.group(1)
                                        + " but the pattern has " + Regexes.groupCount(p) + " groups");
                            }
                        }
                    }
                    entries.add(new Entry(regex, suggestions, note, p, LiteralTrigger.of(regex), true));
                }
            }
        }
        if (entries.isEmpty()) {
            throw swap.error("swap is empty");
        }
        // Longer entries first, so that "new crown pneumonia epidemic" wins over "new crown pneumonia".
        entries.sort(java.util.Comparator.comparingInt((Entry e) -> -e.regex().length()));
        return new SubstitutionRule(meta, scope, List.copyOf(entries));
    }

    private static Entry literal(String phrase, List<String> suggestions, String note, boolean ignoreCase) {
        String regex = Phrases.regex(phrase);
        return new Entry(regex, suggestions, note, Pattern.compile(regex, Phrases.flags(ignoreCase)),
                List.of(Phrases.longestWord(phrase)), false);
    }

    /** A match of one entry. */
    private record Hit(int start, int end, int entry) {
    }

    private record SubstitutionRule(RuleMeta meta, Scope scope, List<Entry> entries) implements Rule {

        /**
         * Every entry is matched on its own where its trigger text occurs; overlapping matches are resolved as one
         * alternation would: leftmost first, then the entry listed first (the longer).
         */
        @Override
        public void check(Document document, RuleContext context) {
            for (Scope.Region region : scope.regions(document)) {
                String folded = CaseFold.fold(region.text());
                List<Hit> hits = new ArrayList<>();
                for (int e = 0; e < entries.size(); e++) {
                    Entry entry = entries.get(e);
                    if (!entry.triggers().isEmpty() && !LiteralTrigger.occursIn(folded, entry.triggers())) {
                        continue;
                    }
                    Matcher m = entry.own().matcher(Deadline.guard(region.text()));
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            hits.add(new Hit(m.start(), m.end(), e));
                        }
                    }
                }
                hits.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(Hit::entry));
                int end = 0;
                for (Hit hit : hits) {
                    if (hit.start() < end) {
                        continue;
                    }
                    end = hit.end();
                    report(region, hit, context, document);
                }
            }
        }

        private void report(Scope.Region region, Hit hit, RuleContext context, Document document) {
            Entry entry = entries.get(hit.entry());
            String matched = region.text().substring(hit.start(), hit.end());
            RuleContext.IssueBuilder finding = context.flag(new Span(hit.start(), hit.end()).shift(region.span().start()))
                    .with("note", entry.note());
            for (String suggestion : entry.suggestions()) {
                finding.suggest(matchCase(matched, expand(entry, region.text(), hit, suggestion)));
            }
            finding.report();
        }

        /** Fills $1… in a pattern entry's suggestion from the entry's own groups, matched in context. */
        private static String expand(Entry entry, String text, Hit hit, String suggestion) {
            if (!entry.isRegex() || suggestion.indexOf('$') < 0) {
                return suggestion;
            }
            Matcher own = entry.own().matcher(Deadline.guard(text)).region(hit.start(), hit.end())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (!own.lookingAt()) {
                return suggestion;
            }
            Matcher ref = GROUP_REFERENCE.matcher(suggestion);
            StringBuilder sb = new StringBuilder();
            while (ref.find()) {
                String group = own.group(Integer.parseInt(ref.group(1)));
                ref.appendReplacement(sb, Matcher.quoteReplacement(group == null ? "" : group));
            }
            ref.appendTail(sb);
            return sb.toString();
        }

        /** "New crown pneumonia" at a sentence start suggests a capitalised replacement too. */
        private static String matchCase(String matched, String suggestion) {
            if (!suggestion.isEmpty() && Character.isUpperCase(matched.codePointAt(0))
                    && Character.isLowerCase(suggestion.codePointAt(0))) {
                return suggestion.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + suggestion.substring(1);
            }
            return suggestion;
        }
    }
}
