package io.github.mtlint.rule.builtin.entity;

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
import java.util.HashMap;
import java.util.HashSet;
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

    public CountryConfusionRule(RuleMeta meta, Lexicon lexicon) {
        super(meta, lexicon);
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
        for (CountryMention x : countries) {
            if (x.form().kind() == PlaceForm.Kind.CAPITAL) {
                continue;
            }
            for (Country partner : lexicon.confusablePartners(x.code())) {
                int partnerCount = counts.getOrDefault(partner.code(), 0);
                int ownCount = counts.getOrDefault(x.code(), 0);
                if (partnerCount < 2 || partnerCount < 2 * ownCount) {
                    continue;
                }
                Optional<Span> compound = compound(mentions, countries, x);
                String evidence = compound.flatMap(c -> compoundEvidence(mentions, countries, x, c, partner))
                        .or(() -> companionEvidence(countries, x, partner, mostMentioned))
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
        List<CountryMention> result = new ArrayList<>();
        for (PhraseIndex.Match<PlaceForm> match : mentions.places()) {
            Set<String> codes = new HashSet<>();
            match.values().forEach(f -> codes.add(f.country().code()));
            if (codes.size() != 1) {
                continue;
            }
            if (isPartOfLongerName(mentions, match.span())) {
                continue;
            }
            mentions.sentenceOf(match.span()).ifPresent(s -> result.add(new CountryMention(match.span(), match.values().get(0), s)));
        }
        return result;
    }

    /** "Georgia Tech", "Jordan Peterson": a capitalised word right after the name makes it part of another name. */
    private static boolean isPartOfLongerName(EntityMentions mentions, Span span) {
        String text = mentions.document().text();
        int i = span.end();
        if (i < text.length() && text.charAt(i) == ' ' && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))) {
            String next = text.substring(i + 1).split("[^\\p{L}]", 2)[0];
            return !next.isEmpty() && mentions.places().stream().noneMatch(p -> p.span().start() == i + 1)
                    && mentions.titles().stream().noneMatch(t -> t.span().start() == i + 1);
        }
        return false;
    }

    /** The hyphenated compound ("China-Ukraine") the mention is part of. */
    private static Optional<Span> compound(EntityMentions mentions, List<CountryMention> countries, CountryMention x) {
        for (CountryMention other : countries) {
            if (other == x) {
                continue;
            }
            if (isHyphen(mentions.between(other.span(), x.span())) || isHyphen(mentions.between(x.span(), other.span()))) {
                return Optional.of(other.span().union(x.span()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compoundEvidence(EntityMentions mentions, List<CountryMention> countries, CountryMention x,
                                                     Span compound, Country partner) {
        Optional<CountryMention> other = countries.stream().filter(c -> c != x && compound.contains(c.span())).findFirst();
        if (other.isEmpty()) {
            return Optional.empty();
        }
        for (CountryMention a : countries) {
            if (!a.code().equals(partner.code())) {
                continue;
            }
            for (CountryMention b : countries) {
                if (b.code().equals(other.get().code())
                        && (isHyphen(mentions.between(a.span(), b.span())) || isHyphen(mentions.between(b.span(), a.span())))) {
                    return Optional.of("'" + mentions.document().text(a.span().union(b.span())) + "' appears elsewhere");
                }
            }
        }
        return Optional.empty();
    }

    /** The countries named with the mention are named with the partner elsewhere, and never with this country. */
    private static Optional<String> companionEvidence(List<CountryMention> countries, CountryMention x, Country partner,
                                                      String mostMentioned) {
        Set<String> companions = new HashSet<>();
        countries.stream().filter(c -> c.sentence() == x.sentence() && !c.code().equals(x.code())
                && !c.code().equals(partner.code()) && !c.code().equals(mostMentioned)).forEach(c -> companions.add(c.code()));
        for (String companion : companions) {
            boolean withPartner = countries.stream().anyMatch(c -> c.code().equals(partner.code()) && c.sentence() != x.sentence()
                    && countries.stream().anyMatch(d -> d.sentence() == c.sentence() && d.code().equals(companion)));
            boolean withCountryElsewhere = countries.stream().anyMatch(c -> c.code().equals(x.code()) && c.sentence() != x.sentence()
                    && countries.stream().anyMatch(d -> d.sentence() == c.sentence() && d.code().equals(companion)));
            if (withPartner && !withCountryElsewhere) {
                String name = countries.stream().filter(c -> c.code().equals(companion)).findFirst()
                        .map(c -> c.form().country().name()).orElse(companion);
                return Optional.of(name + " is named with " + partner.name() + " elsewhere");
            }
        }
        return Optional.empty();
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

    private static boolean isHyphen(String between) {
        return between.equals("-") || between.equals("\u2013") || between.equals("\u2010");
    }
}
