package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.CaseFold;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same term written in different forms in one document: with a hyphen, a space or closed up
 * ("cross-border", "cross border", "crossborder"), or in different case ("COVID-19", "Covid-19"; "NATO", "Nato").
 * The first form used wins. A spaced form counts only before a noun, where it stands for the compound ("cross
 * border trade"); after a verb it is usually correct English ("the plan is well known").
 */
public final class InconsistentFormRule extends BaseRule {

    private static final Pattern COMPOUND = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Lu}{3,}(?![\\p{L}\\p{N}-])");
    /** "BEIJING, Sept. 16 (Xinhua) --": capitals in a dateline are wire style, not an acronym. */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu} .'-]*(?:,|\\s*\\()");

    private enum Shape { HYPHENATED, SPACED, CLOSED }

    private record Occurrence(Span span, String text, Shape shape) {
    }

    private final Set<String> ignored;

    public InconsistentFormRule(RuleSpec spec) {
        super(spec.meta());
        this.ignored = Words.caseInsensitive(spec.list("ignored"));
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Paragraph> body = document.paragraphs().stream().filter(Paragraph::isBody).toList();
        Map<String, List<Occurrence>> byTerm = new LinkedHashMap<>();
        for (Paragraph p : body) {
            Matcher m = COMPOUND.matcher(p.text());
            while (m.find()) {
                String[] parts = m.group().split("-");
                if (!hasWordPart(parts) || ignored.contains(m.group())) {
                    continue;
                }
                String key = Words.lower(String.join("", parts));
                byTerm.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Occurrence(new Span(m.start(), m.end()).shift(p.span().start()), m.group(), Shape.HYPHENATED));
            }
        }
        List<String> foldedBody = body.stream().map(p -> CaseFold.fold(p.text())).toList();
        for (Map.Entry<String, List<Occurrence>> term : byTerm.entrySet()) {
            String[] parts = term.getValue().get(0).text().split("-");
            addOtherShapes(document, body, foldedBody, parts, term.getValue());
        }
        addAcronymCases(document, body, byTerm);
        for (List<Occurrence> occurrences : byTerm.values()) {
            occurrences.sort(Comparator.comparing(Occurrence::span));
            Occurrence first = occurrences.get(0);
            for (Occurrence later : occurrences.subList(1, occurrences.size())) {
                if (later.shape() != first.shape() || !sameCase(first.text(), later.text())) {
                    context.flag(later.span()).with("first", first.text()).suggest(first.text()).report();
                }
            }
        }
    }

    private static void addOtherShapes(Document document, List<Paragraph> body, List<String> foldedBody, String[] parts,
                                       List<Occurrence> into) {
        // both other shapes begin with the first part; most paragraphs do not contain it at all
        String firstPart = CaseFold.fold(parts[0]);
        Pattern spaced = Pattern.compile("(?<![\\p{L}\\p{N}-])" + String.join("[ \\t]+", quote(parts)) + "(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern closed = Pattern.compile("(?<![\\p{L}\\p{N}-])" + String.join("", quote(parts)) + "(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int i = 0; i < body.size(); i++) {
            if (!foldedBody.get(i).contains(firstPart)) {
                continue;
            }
            Paragraph p = body.get(i);
            Matcher m = spaced.matcher(p.text());
            while (m.find()) {
                Span span = new Span(m.start(), m.end()).shift(p.span().start());
                if (nounFollows(document, p, span)) {
                    into.add(new Occurrence(span, m.group(), Shape.SPACED));
                }
            }
            m = closed.matcher(p.text());
            while (m.find()) {
                into.add(new Occurrence(new Span(m.start(), m.end()).shift(p.span().start()), m.group(), Shape.CLOSED));
            }
        }
    }

    /** All-capital words that also appear capitalised only at the start ("NATO", "Nato"), datelines aside. */
    private static void addAcronymCases(Document document, List<Paragraph> body, Map<String, List<Occurrence>> into) {
        for (Paragraph p : body) {
            Matcher dateline = DATELINE.matcher(p.text());
            int datelineEnd = dateline.find() ? dateline.end() : 0;
            Matcher m = ACRONYM.matcher(p.text());
            while (m.find()) {
                if (m.start() < datelineEnd) {
                    continue;
                }
                String key = Words.lower(m.group());
                if (into.containsKey(key)) {
                    continue;
                }
                Pattern titleCase = Pattern.compile("(?<![\\p{L}\\p{N}-])" + m.group().charAt(0)
                        + Pattern.quote(Words.lower(m.group().substring(1))) + "(?![\\p{L}\\p{N}-])");
                Pattern acronym = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(m.group()) + "(?![\\p{L}\\p{N}-])");
                List<Occurrence> occurrences = new ArrayList<>();
                for (Paragraph q : body) {
                    Matcher t = titleCase.matcher(q.text());
                    while (t.find()) {
                        occurrences.add(new Occurrence(new Span(t.start(), t.end()).shift(q.span().start()), t.group(), Shape.HYPHENATED));
                    }
                    Matcher a = acronym.matcher(q.text());
                    Matcher qDateline = DATELINE.matcher(q.text());
                    int qDatelineEnd = qDateline.find() ? qDateline.end() : 0;
                    while (a.find()) {
                        if (a.start() < qDatelineEnd) {
                            continue;
                        }
                        occurrences.add(new Occurrence(new Span(a.start(), a.end()).shift(q.span().start()), a.group(), Shape.HYPHENATED));
                    }
                }
                if (occurrences.stream().anyMatch(o -> !o.text().equals(m.group()))) {
                    into.put(key, occurrences);
                }
            }
        }
    }

    private static boolean nounFollows(Document document, Paragraph paragraph, Span span) {
        return paragraph.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.span().start() >= span.end()).findFirst()
                .map(next -> next.hasPosPrefix("NN") && !next.hasPosPrefix("VB") && Words.isLowercaseWord(next))
                .orElse(false);
    }

    /** Same spelling apart from the case of the first letter (sentence starts). */
    private static boolean sameCase(String a, String b) {
        return a.length() == b.length() && a.substring(1).equals(b.substring(1));
    }

    private static boolean hasWordPart(String[] parts) {
        int letters = 0;
        for (String part : parts) {
            if (part.chars().allMatch(Character::isLetter) && part.length() >= 2) {
                letters++;
            }
        }
        return letters >= 1 && !String.join("", parts).chars().allMatch(Character::isDigit);
    }

    private static String[] quote(String[] parts) {
        String[] quoted = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            quoted[i] = Pattern.quote(parts[i]);
        }
        return quoted;
    }
}
