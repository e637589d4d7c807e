package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym written in two cases in one document ("COVID-19" and "Covid-19", "NATO" and "Nato"); the first form
 * used wins. Hyphened, spaced and closed forms of a compound ("front-line", "front line", "frontline") and title
 * case ("Saline-Alkali Tolerant Rice" in a title) are not reported: reviewers accept them side by side, and human
 * translators vary them as often as MT.
 */
public final class InconsistentFormRule extends BaseRule {

    private static final Pattern COMPOUND = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Lu}{3,}(?![\\p{L}\\p{N}-])");

    /** Two capitals in a row, as acronyms have. */
    private static final Pattern ACRONYM_CAPITALS = Pattern.compile("\\p{Lu}\\p{Lu}");

    private record Occurrence(Span span, String text) {
    }

    private final Set<String> ignored;

    public InconsistentFormRule(RuleSpec spec) {
        super(spec.variables("first").meta());
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
                        .add(new Occurrence(new Span(m.start(), m.end()).shift(p.span().start()), m.group()));
            }
        }
        addAcronymCases(document, body, byTerm);
        for (List<Occurrence> occurrences : byTerm.values()) {
            occurrences.sort(Comparator.comparing(Occurrence::span));
            Occurrence first = occurrences.get(0);
            for (Occurrence later : occurrences.subList(1, occurrences.size())) {
                if (!sameCase(first.text(), later.text()) && acronymCase(first.text(), later.text())) {
                    context.flag(later.span()).with("first", first.text()).suggest(first.text()).report();
                }
            }
        }
    }

    /**
     * All-capital words that also appear capitalised only at the start ("NATO", "Nato"), wire datelines aside: the
     * capitals of "BEIJING, Sept. 16 (Xinhua) --" are wire style, not an acronym.
     */
    private static void addAcronymCases(Document document, List<Paragraph> body, Map<String, List<Occurrence>> into) {
        // "Who is most at risk?" beside "the WHO": a title-case function word is that word, not the acronym
        Set<Integer> functionWordStarts = new HashSet<>();
        document.sentences().forEach(sentence -> sentence.tokens().stream().filter(InconsistentFormRule::isFunctionWord)
                .forEach(t -> functionWordStarts.add(t.span().start())));
        for (Paragraph p : body) {
            Matcher m = ACRONYM.matcher(p.text());
            while (m.find()) {
                if (p.inWireDateline(m.start())) {
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
                        Span span = new Span(t.start(), t.end()).shift(q.span().start());
                        if (!functionWordStarts.contains(span.start())) {
                            occurrences.add(new Occurrence(span, t.group()));
                        }
                    }
                    Matcher a = acronym.matcher(q.text());
                    while (a.find()) {
                        if (q.inWireDateline(a.start())) {
                            continue;
                        }
                        occurrences.add(new Occurrence(new Span(a.start(), a.end()).shift(q.span().start()), a.group()));
                    }
                }
                if (occurrences.stream().anyMatch(o -> !o.text().equals(m.group()))) {
                    into.put(key, occurrences);
                }
            }
        }
    }

    private static boolean isFunctionWord(Token t) {
        return FUNCTION_TAGS.stream().anyMatch(t::hasPos);
    }

    private static final List<String> FUNCTION_TAGS = List.of("WP", "WDT", "WRB", "PRP", "DT", "IN", "CC", "MD", "TO");

    /** "COVID-19" and "Covid-19", "NATO" and "Nato": one form has an acronym's capitals, the other not. */
    private static boolean acronymCase(String a, String b) {
        return a.equalsIgnoreCase(b) && ACRONYM_CAPITALS.matcher(a).find() != ACRONYM_CAPITALS.matcher(b).find();
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
}
