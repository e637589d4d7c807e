package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.glossary.Concept;
import io.github.mtlint.glossary.EnglishTermMatcher;
import io.github.mtlint.glossary.Glossary;
import io.github.mtlint.glossary.SourceTermIndex;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The glossary's terms: where an aligned source segment holds a source term, one of the term's allowed English forms
 * must be in the segment's translation (through inflection, {@link EnglishTermMatcher}); a forbidden English form is
 * flagged wherever it is, with an allowed one as suggestion, also in text without a source.
 */
public final class GlossaryRule extends BaseRule {

    private static final String ENGLISH = "en";

    /** A concept's English forms, split into words once. */
    private record Renderings(Concept concept, List<EnglishTermMatcher.Form> allowed, List<EnglishTermMatcher.Form> forbidden) {
    }

    private final Map<Concept, Renderings> renderings = new LinkedHashMap<>();
    private final List<Renderings> withForbidden = new ArrayList<>();
    private final Glossary glossary;
    private final Map<String, SourceTermIndex> indexes = new ConcurrentHashMap<>();
    private final Map<EnglishTermMatcher.Form, List<EnglishTermMatcher.Form>> containingForms = new IdentityHashMap<>();
    private final double minConfidence;

    public GlossaryRule(RuleSpec spec) {
        super(spec.variables("forms", "note", "term").meta());
        this.glossary = spec.shared(Glossary.class);
        this.minConfidence = spec.number("minConfidence");
        for (Concept concept : glossary.concepts()) {
            if (concept.doNotTranslate()) {
                continue;
            }
            Renderings r = new Renderings(concept, concept.allowed(ENGLISH).stream().map(EnglishTermMatcher::form).toList(),
                    concept.forbidden(ENGLISH).stream().map(EnglishTermMatcher::form).toList());
            renderings.put(concept, r);
            if (!r.forbidden().isEmpty()) {
                withForbidden.add(r);
            }
        }
        // for each forbidden form, the allowed forms of any entry that hold its words, looked for only where it is found
        for (Renderings r : withForbidden) {
            for (int k = 0; k < r.forbidden().size(); k++) {
                String forbidden = r.concept().forbidden(ENGLISH).get(k).toLowerCase(Locale.ROOT);
                List<EnglishTermMatcher.Form> containing = renderings.values().stream().flatMap(other -> {
                    List<String> allowed = other.concept().allowed(ENGLISH);
                    return IntStream.range(0, allowed.size())
                            .filter(i -> allowed.get(i).toLowerCase(Locale.ROOT).contains(forbidden)).mapToObj(other.allowed()::get);
                }).toList();
                containingForms.put(r.forbidden().get(k), containing);
            }
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (renderings.isEmpty() || (withForbidden.isEmpty() && document.source().isEmpty())) {
            return; // nothing to look for: monolingual runs pay nothing for a glossary without forbidden forms
        }
        TargetLemmas lemmas = TargetLemmas.of(document);
        List<Span> forbiddenFound = forbiddenForms(document, lemmas, context);
        document.source().ifPresent(source -> sourceTerms(document, source, lemmas, forbiddenFound, context));
    }

    private List<Span> forbiddenForms(Document document, TargetLemmas lemmas, RuleContext context) {
        List<Span> found = new ArrayList<>();
        if (withForbidden.isEmpty()) {
            return found;
        }
        String text = document.text();
        EnglishTermMatcher matcher = new EnglishTermMatcher(text, 0, text.length(), lemmas::at);
        for (Renderings r : withForbidden) {
            for (EnglishTermMatcher.Form form : r.forbidden()) {
                List<int[]> matches = matcher.find(form);
                if (matches.isEmpty()) {
                    continue;
                }
                // "Belt and Road" may be forbidden alone but is part of the allowed "Belt and Road Initiative" and of
                // another entry's "Belt and Road Forum for International Cooperation"
                List<Span> allowedSpans = new ArrayList<>();
                containingForms.getOrDefault(form, List.of()).forEach(f -> matcher.find(f).forEach(m -> allowedSpans.add(new Span(m[0], m[1]))));
                for (int[] m : matches) {
                    Span span = new Span(m[0], m[1]);
                    if (allowedSpans.stream().anyMatch(a -> a.contains(span))) {
                        continue;
                    }
                    found.add(span);
                    List<String> allowed = r.concept().allowed(ENGLISH);
                    RuleContext.IssueBuilder finding = context.flag(span).message(allowed.isEmpty() ? "forbiddenOnly" : "forbidden")
                            .with("note", note(r.concept()));
                    allowed.forEach(finding::suggest);
                    finding.report();
                }
            }
        }
        return found;
    }

    private void sourceTerms(Document document, SourceDocument source, TargetLemmas lemmas, List<Span> forbiddenFound,
                             RuleContext context) {
        SourceTermIndex index = indexes.computeIfAbsent(source.primaryLanguage(), lang -> SourceTermIndex.of(glossary, lang));
        if (index.isEmpty()) {
            return;
        }
        String text = document.text();
        for (AlignedSegment pair : source.alignment().pairs()) {
            if (pair.confidence() < minConfidence) {
                continue;
            }
            List<SourceTermIndex.Occurrence> occurrences = index.find(source.text(), pair.source().start(), pair.source().end());
            if (occurrences.isEmpty()) {
                continue;
            }
            EnglishTermMatcher target = new EnglishTermMatcher(text, pair.target().start(), pair.target().end(), lemmas::at);
            boolean forbiddenHere = forbiddenFound.stream().anyMatch(s -> pair.target().contains(s));
            Set<Concept> judged = new HashSet<>();
            for (SourceTermIndex.Occurrence occurrence : occurrences) {
                Renderings r = renderings.get(occurrence.concept());
                if (r == null || r.allowed().isEmpty() || !judged.add(r.concept())) {
                    continue;
                }
                if (r.allowed().stream().anyMatch(target::contains)) {
                    continue;
                }
                if (forbiddenHere && r.forbidden().stream().anyMatch(target::contains)) {
                    continue; // already flagged on the forbidden form itself
                }
                context.flag(pair.target()).message("missing").severity(Severity.MINOR)
                        .source(new Span(occurrence.start(), occurrence.end()))
                        .with("term", occurrence.term()).with("forms", quoted(r.concept().allowed(ENGLISH)))
                        .with("note", note(r.concept())).report();
            }
        }
    }

    private static String quoted(List<String> forms) {
        return String.join(" or ", forms.stream().map(f -> "'" + f + "'").toList());
    }

    private static String note(Concept concept) {
        return concept.note().isEmpty() ? "glossary " + concept.origin() : concept.note();
    }
}
