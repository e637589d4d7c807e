package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.lexicon.ChineseForms;
import io.github.mtlint.lexicon.ChineseName;
import io.github.mtlint.lexicon.Country;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.lexicon.PlaceForm;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A country of the source whose English name the target lacks, while a country confusable with it stands there, or,
 * where the source names it in full, a country the source never names: 乌兹别克斯坦 (or 乌 in 中乌) rendered as
 * Ukraine, as Kazakhstan. With the source this is near-certain, where the monolingual
 * entity.country-confusion can only guess from the rest of the text. One-character abbreviations that several
 * countries share (澳: Australia, Macao) count for the one the source document names in full or by its capital.
 */
public final class CountryRule extends BaseRule {

    private final Lexicon lexicon;
    private final ChineseForms chinese;
    private final double minConfidence;
    /** The country of each source language (zh: CN), which translations name where the source says 我国 or 全国. */
    private final Map<String, String> homeCountries;

    public CountryRule(RuleSpec spec) {
        super(spec.variables("country", "written").meta());
        this.lexicon = spec.shared(Lexicon.class);
        this.chinese = lexicon.chinese();
        this.minConfidence = AlignedPairs.minConfidence(spec);
        this.homeCountries = spec.map("homeCountries");
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        SourceDocument source = document.source().get();
        Set<String> namedInFull = chinese.countriesNamedIn(source.text());
        // every country the source names anywhere, in full, by its capital or in a compound
        Set<String> namedInSource = new HashSet<>(namedInFull);
        namedInSource.addAll(sourceCountries(source, new Span(0, source.text().length()), namedInFull).mentions().keySet());
        String home = homeCountries.get(source.language().split("-")[0].toLowerCase(java.util.Locale.ROOT));
        if (home != null) {
            namedInSource.add(home);
        }
        for (AlignedSegment pair : AlignedPairs.of(document, minConfidence)) {
            SourceCountries named = sourceCountries(source, pair.source(), namedInFull);
            Map<String, List<Span>> sourceCountries = named.mentions();
            if (sourceCountries.isEmpty()) {
                continue;
            }
            // capitals are not counted: the source's capitals are not either
            List<PhraseIndex.Match<PlaceForm>> mentions = lexicon.places().find(document.text(pair.target()), pair.target().start())
                    .stream().filter(m -> m.values().get(0).kind() != PlaceForm.Kind.CAPITAL).toList();
            Map<String, Integer> targetCounts = new HashMap<>();
            Set<Span> flagged = new HashSet<>();
            mentions.forEach(m -> m.values().stream().map(f -> f.country().code()).distinct()
                    .forEach(code -> targetCounts.merge(code, 1, Integer::sum)));
            for (Map.Entry<String, List<Span>> expected : sourceCountries.entrySet()) {
                String code = expected.getKey();
                // as many mentions as the source has: the confusable one is another country the text names
                if (targetCounts.getOrDefault(code, 0) >= expected.getValue().size()) {
                    continue;
                }
                Set<String> partners = new HashSet<>();
                lexicon.confusablePartners(code).forEach(c -> partners.add(c.code()));
                for (PhraseIndex.Match<PlaceForm> mention : mentions) {
                    PlaceForm form = mention.values().get(0);
                    String written = form.country().code();
                    // a confusable country; or, for a country the source names in full and the target not at all, a
                    // country the source never names, by its name: a demonym may be a language ("in French"), an alias
                    // part of a longer name ("US dollar" for 美元, "People's Republic of China")
                    boolean stray = !namedInSource.contains(written) && form.kind() == PlaceForm.Kind.NAME
                            && !targetCounts.containsKey(code) && named.inFull().contains(code);
                    boolean wrong = partners.contains(written) || stray;
                    if (wrong && !sourceCountries.containsKey(written) && flagged.add(mention.span())) {
                        Country right = lexicon.country(code).orElseThrow();
                        context.flag(mention.span()).source(expected.getValue().get(expected.getValue().size() - 1))
                                .with("country", right.name()).with("written", form.country().name())
                                .suggest(counterpart(form, right))
                                .report();
                    }
                }
            }
        }
    }

    /** The countries a source segment names, each with where it names them, and those it names in full. */
    private record SourceCountries(Map<String, List<Span>> mentions, Set<String> inFull) {
    }

    private SourceCountries sourceCountries(SourceDocument source, Span segment, Set<String> namedInFull) {
        String text = source.text(segment);
        Map<String, List<Span>> countries = new LinkedHashMap<>();
        List<ChineseForms.Match> matches = new ArrayList<>(chinese.find(text));
        Set<String> inFull = new HashSet<>();
        matches.forEach(m -> m.names().stream().filter(n -> n.kind() == ChineseName.Kind.COUNTRY)
                .forEach(n -> inFull.add(n.countryCode())));
        matches.addAll(chinese.findAbbreviations(text));
        for (ChineseForms.Match match : matches) {
            List<String> codes = match.names().stream()
                    .filter(n -> n.kind() == ChineseName.Kind.COUNTRY || n.kind() == ChineseName.Kind.COUNTRY_ABBREVIATION)
                    .map(ChineseName::countryCode).distinct().toList();
            if (codes.size() > 1) {
                codes = codes.stream().filter(namedInFull::contains).toList();
            }
            if (codes.size() == 1) {
                countries.computeIfAbsent(codes.get(0), k -> new ArrayList<>())
                        .add(new Span(match.start(), match.end()).shift(segment.start()));
            }
        }
        return new SourceCountries(countries, inFull);
    }

    /** The right country in the form the target used: its demonym for a demonym, its name otherwise. */
    private static String counterpart(PlaceForm written, Country right) {
        if (written.kind() == PlaceForm.Kind.DEMONYM && !right.demonyms().isEmpty()) {
            return right.demonyms().get(0);
        }
        if (written.kind() == PlaceForm.Kind.CAPITAL && !right.capitals().isEmpty()) {
            return right.capitals().get(0).name();
        }
        return right.name();
    }
}
