package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.glossary.Glossary;
import io.github.mtlint.glossary.SourceTermIndex;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The glossary's do-not-translate terms (brand names, product names, codes): where one is in an aligned source
 * segment, it must be in the translation exactly as written. Written in other letter case it is flagged with the
 * glossary's form; missing, the segment is flagged.
 */
public final class DoNotTranslateRule extends BaseRule {

    private static final String ENGLISH = "en";

    private final SourceTermIndex terms;
    private final double minConfidence;

    public DoNotTranslateRule(RuleSpec spec) {
        super(spec.variables("term").meta());
        this.terms = SourceTermIndex.doNotTranslate(spec.shared(Glossary.class));
        this.minConfidence = spec.number("minConfidence");
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (terms.isEmpty() || document.source().isEmpty()) {
            return;
        }
        SourceDocument source = document.source().get();
        String text = document.text();
        for (AlignedSegment pair : source.alignment().pairs()) {
            if (pair.confidence() < minConfidence) {
                continue;
            }
            Set<String> judged = new HashSet<>();
            for (SourceTermIndex.Occurrence occurrence : terms.find(source.text(), pair.source().start(), pair.source().end())) {
                // a row that gives the term's English (华为, Huawei) keeps that form; one that does not, the term itself
                List<String> kept = occurrence.concept().allowed(ENGLISH).isEmpty() ? List.of(occurrence.term())
                        : occurrence.concept().allowed(ENGLISH);
                if (!judged.add(occurrence.term()) || kept.stream().anyMatch(form -> containsWord(text, pair.target(), form, false) >= 0)) {
                    continue;
                }
                Span sourceSpan = new Span(occurrence.start(), occurrence.end());
                Optional<Span> otherCase = Optional.empty();
                String form = kept.get(0);
                for (int k = 0; k < kept.size() && otherCase.isEmpty(); k++) {
                    int at = containsWord(text, pair.target(), kept.get(k), true);
                    if (at >= 0) {
                        form = kept.get(k);
                        otherCase = Optional.of(new Span(at, at + form.length()));
                    }
                }
                if (otherCase.isPresent()) {
                    context.flag(otherCase.get()).source(sourceSpan).with("term", form).suggest(form).report();
                } else {
                    context.flag(pair.target()).message("missing").source(sourceSpan).with("term", form).report();
                }
            }
        }
    }

    /** Where the term stands as a whole word in the span (ignoring case, or exactly), or -1. */
    private static int containsWord(String text, Span span, String term, boolean ignoreCase) {
        String haystack = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        String needle = ignoreCase ? term.toLowerCase(Locale.ROOT) : term;
        if (haystack.length() != text.length()) {
            return -1; // lower-casing changed lengths: offsets would not map back
        }
        int at = haystack.indexOf(needle, span.start());
        while (at >= 0 && at + needle.length() <= span.end()) {
            if (wordEdge(text, at - 1) && wordEdge(text, at + needle.length())) {
                return at;
            }
            at = haystack.indexOf(needle, at + 1);
        }
        return -1;
    }

    private static boolean wordEdge(String text, int at) {
        return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }
}
