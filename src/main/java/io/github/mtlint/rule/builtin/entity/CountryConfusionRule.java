package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.lexicon.Country;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.Office;
import io.github.mtlint.lexicon.PersonForm;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.lexicon.PlaceForm;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.RuleContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A country that machine translation put in place of its look-alike ("China-Ukraine" and "the Ukrainian side"
 * in an article about Uzbekistan). Reported when the country is rare in a document dominated by a confusable
 * partner and it stands where the partner belongs: in the same compound or list the partner appears in
 * elsewhere ("China-Uzbekistan"), or in a sentence about the partner's office holder ("Mirziyoyev said …").
 * A text that is about both countries (a match of Austria against Australia) has no dominant partner.
 */
public final class CountryConfusionRule extends LexiconRule {

    /** The fewest mentions of the partner, and how many times the country's own it needs, for it to dominate (data). */
    private final int minPartnerMentions;
    private final int partnerDominance;

    public CountryConfusionRule(RuleSpec spec) {
        super(spec.variables("count", "country", "evidence", "partner").meta(), spec.shared(Lexicon.class));
        this.minPartnerMentions = spec.integer("minPartnerMentions");
        this.partnerDominance = spec.integer("partnerDominance");
    }

    /** A mention of exactly one country. */
    private record CountryMention(Span span, PlaceForm form, Sentence sentence) {
        String code() {
            return form.country().code();
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        EntityMentions mentions = EntityMentions.find(document, lexicon);
        List<CountryMention> countries = countryMentions(mentions);
        Map<String, Integer> counts = new HashMap<>();
        countries.forEach(c -> counts.merge(c.code(), 1, Integer::sum));
        String mostMentioned = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        LocalDate date = context.documentDate();
        // a country the source names is no confusion of the translation's: accuracy.country compares the two
        Set<String> namedBySource = document.source().map(source -> lexicon.chinese().countriesNamedIn(source.text())).orElse(Set.of());
        MentionIndex index = new MentionIndex(document.text(), countries);
        for (CountryMention x : countries) {
            if (x.form().kind() == PlaceForm.Kind.CAPITAL || namedBySource.contains(x.code())) {
                continue;
            }
            for (Country partner : lexicon.confusablePartners(x.code())) {
                int partnerCount = counts.getOrDefault(partner.code(), 0);
                int ownCount = counts.getOrDefault(x.code(), 0);
                if (partnerCount < minPartnerMentions || partnerCount < partnerDominance * ownCount) {
                    continue;
                }
                Optional<Span> compound = index.compound(x);
                String evidence = compound.flatMap(c -> index.compoundEvidence(x, c, partner))
                        .or(() -> index.companionEvidence(x, partner, mostMentioned))
                        .or(() -> officeHolderEvidence(mentions, x, partner, date))
                        .orElse(null);
                if (evidence == null) {
                    continue;
                }
                Span span = compound.orElse(x.span());
                String replacement = x.form().kind() == PlaceForm.Kind.DEMONYM ? partner.adjective() : partner.name();
                String suggestion = document.text(span).substring(0, x.span().start() - span.start()) + replacement
                        + document.text(span).substring(x.span().end() - span.start());
                context.flag(span).with("country", x.form().country().name()).with("partner", partner.name())
                        .with("count", partnerCount).with("evidence", evidence).suggest(suggestion).report();
                break;
            }
        }
    }

    private static List<CountryMention> countryMentions(EntityMentions mentions) {
        Set<Integer> nameStarts = new HashSet<>();
        mentions.places().forEach(p -> nameStarts.add(p.span().start()));
        mentions.titles().forEach(t -> nameStarts.add(t.span().start()));
        List<CountryMention> result = new ArrayList<>();
        for (PhraseIndex.Match<PlaceForm> match : mentions.places()) {
            Set<String> codes = new HashSet<>();
            match.values().forEach(f -> codes.add(f.country().code()));
            if (codes.size() != 1) {
                continue;
            }
            if (isPartOfLongerName(mentions.document().text(), match.span(), nameStarts)) {
                continue;
            }
            mentions.sentenceOf(match.span()).ifPresent(s -> result.add(new CountryMention(match.span(), match.values().get(0), s)));
        }
        return result;
    }

    /**
     * "Georgia Tech", "Jordan Peterson": a capitalised word right after the name makes it part of another name,
     * unless a place or title the lexicon knows starts there.
     */
    private static boolean isPartOfLongerName(String text, Span span, Set<Integer> nameStarts) {
        int i = span.end();
        if (i < text.length() && text.charAt(i) == ' ' && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))) {
            return Character.isLetter(text.codePointAt(i + 1)) && !nameStarts.contains(i + 1);
        }
        return false;
    }

    /**
     * The country mentions by position, sentence and country, so that each question about a mention looks at its
     * neighbours and its sentence instead of at every other mention: linear in the mentions, however many.
     * Lists keep the mentions' text order, so every answer is the one a scan in that order gives.
     */
    private static final class MentionIndex {
        private final String text;
        private final List<CountryMention> countries;
        private final Map<CountryMention, Integer> order = new IdentityHashMap<>();
        private final Map<Integer, List<CountryMention>> byStart = new HashMap<>();
        private final Map<Integer, List<CountryMention>> byEnd = new HashMap<>();
        /** Per sentence, its countries' codes in the order they first appear. */
        private final Map<Sentence, Set<String>> codesBySentence = new IdentityHashMap<>();
        private final Map<String, Set<Sentence>> sentencesByCode = new HashMap<>();
        private final Map<String, String> nameByCode = new HashMap<>();
        private final Map<String, Optional<String>> compoundEvidenceByPair = new HashMap<>();
        private final Map<String, Integer> sentencesWithBoth = new HashMap<>();

        MentionIndex(String text, List<CountryMention> countries) {
            this.text = text;
            this.countries = countries;
            for (CountryMention c : countries) {
                order.put(c, order.size());
                byStart.computeIfAbsent(c.span().start(), k -> new ArrayList<>()).add(c);
                byEnd.computeIfAbsent(c.span().end(), k -> new ArrayList<>()).add(c);
                codesBySentence.computeIfAbsent(c.sentence(), k -> new LinkedHashSet<>()).add(c.code());
                sentencesByCode.computeIfAbsent(c.code(), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(c.sentence());
                nameByCode.putIfAbsent(c.code(), c.form().country().name());
            }
        }

        /** The mentions joined to this one by a hyphen ("China-Ukraine"), first in text order first. */
        private Optional<CountryMention> hyphenNeighbour(CountryMention x, java.util.function.Predicate<CountryMention> wanted) {
            CountryMention best = null;
            int start = x.span().start();
            if (start >= 1 && isHyphen(text.charAt(start - 1))) {
                for (CountryMention other : byEnd.getOrDefault(start - 1, List.of())) {
                    best = earlier(best, other, x, wanted);
                }
            }
            int end = x.span().end();
            if (end < text.length() && isHyphen(text.charAt(end))) {
                for (CountryMention other : byStart.getOrDefault(end + 1, List.of())) {
                    best = earlier(best, other, x, wanted);
                }
            }
            return Optional.ofNullable(best);
        }

        private CountryMention earlier(CountryMention best, CountryMention other, CountryMention x,
                                       java.util.function.Predicate<CountryMention> wanted) {
            if (other == x || !wanted.test(other)) {
                return best;
            }
            return best == null || order.get(other) < order.get(best) ? other : best;
        }

        /** The hyphenated compound ("China-Ukraine") the mention is part of. */
        Optional<Span> compound(CountryMention x) {
            return hyphenNeighbour(x, other -> true).map(other -> other.span().union(x.span()));
        }

        Optional<String> compoundEvidence(CountryMention x, Span compound, Country partner) {
            Optional<CountryMention> other = Optional.empty();
            for (int i = firstStartingAtOrAfter(compound.start()); i < countries.size() && countries.get(i).span().start() < compound.end(); i++) {
                CountryMention c = countries.get(i);
                if (c != x && compound.contains(c.span())) {
                    other = Optional.of(c);
                    break;
                }
            }
            if (other.isEmpty()) {
                return Optional.empty();
            }
            String otherCode = other.get().code();
            return compoundEvidenceByPair.computeIfAbsent(partner.code() + "\u0000" + otherCode, k -> {
                for (CountryMention a : countries) {
                    if (!a.code().equals(partner.code())) {
                        continue;
                    }
                    Optional<CountryMention> b = hyphenNeighbour(a, c -> c.code().equals(otherCode));
                    if (b.isPresent()) {
                        return Optional.of("'" + b.get().span().union(a.span()).of(text) + "' appears elsewhere");
                    }
                }
                return Optional.empty();
            });
        }

        private int firstStartingAtOrAfter(int offset) {
            int low = 0;
            int high = countries.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (countries.get(middle).span().start() < offset) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /** The countries named with the mention are named with the partner elsewhere, and never with this country. */
        Optional<String> companionEvidence(CountryMention x, Country partner, String mostMentioned) {
            Set<String> inSentence = codesBySentence.get(x.sentence());
            Set<String> companions = new HashSet<>();
            inSentence.stream().filter(code -> !code.equals(x.code()) && !code.equals(partner.code()) && !code.equals(mostMentioned))
                    .forEach(companions::add);
            for (String companion : companions) {
                boolean withPartner = inOtherSentence(partner.code(), companion, x.sentence());
                boolean withCountryElsewhere = inOtherSentence(x.code(), companion, x.sentence());
                if (withPartner && !withCountryElsewhere) {
                    return Optional.of(nameByCode.getOrDefault(companion, companion) + " is named with " + partner.name() + " elsewhere");
                }
            }
            return Optional.empty();
        }

        /** Whether a sentence other than the given one names both countries. */
        private boolean inOtherSentence(String code, String companion, Sentence except) {
            int both = sentencesWithBoth.computeIfAbsent(code + "\u0000" + companion, k -> (int) sentencesByCode
                    .getOrDefault(code, Set.of()).stream().filter(s -> codesBySentence.get(s).contains(companion)).count());
            Set<String> exceptCodes = codesBySentence.get(except);
            return both - (exceptCodes.contains(code) && exceptCodes.contains(companion) ? 1 : 0) > 0;
        }
    }

    /** The sentence is about an office holder of the partner country and of no office holder of this one. */
    private Optional<String> officeHolderEvidence(EntityMentions mentions, CountryMention x, Country partner, LocalDate date) {
        boolean partnerHolder = false;
        String who = null;
        for (PhraseIndex.Match<PersonForm> person : mentions.within(mentions.people(), x.sentence().span())) {
            for (PersonForm form : person.values()) {
                for (Office office : form.person().officesOn(date)) {
                    if (office.place().equals(x.code())) {
                        return Optional.empty();
                    }
                    if (office.place().equals(partner.code())) {
                        partnerHolder = true;
                        who = form.person().shortName() + " is " + partner.name() + "'s " + office.title();
                    }
                }
            }
        }
        return partnerHolder ? Optional.of(who) : Optional.empty();
    }

    private static boolean isHyphen(char between) {
        return between == '-' || between == '\u2013' || between == '\u2010';
    }
}
