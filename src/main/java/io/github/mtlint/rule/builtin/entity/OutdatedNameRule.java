package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.Country;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.Office;
import io.github.mtlint.lexicon.Person;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.lexicon.PlaceForm;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.Words;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that are wrong at the date the text speaks of ({@code --date}, else its dateline, else today): a
 * renamed capital ("Nur-Sultan" after September 2022, "Kiev" after 2019), a country's former name
 * ("Swaziland"), an office holder who did not hold that office then ("Prime Minister Johnson" in 2023). Names
 * still common in English news ("Turkey") and offices qualified by "former" or "then" are left alone.
 * A city that was the capital once and is still called so (Bonn, Lagos) is judged only where the text says it is
 * the capital: naming a city claims nothing about the capital. A date guessed from the years a text names is a
 * poor guide (a text from 2023 may name 2015 most), so on a guessed date a place name is reported only when it is
 * also wrong today; office holders change too often to judge on a guessed date at all.
 */
public final class OutdatedNameRule extends LexiconRule {

    private final Set<String> pastQualifiers;
    private final Set<String> renamedCapitals;
    private final Pattern capitalClaimBefore;
    private final Pattern capitalClaimAfter;
    private final Pattern capitalClaimLimits;
    private final Pattern capitalClaimUntil;
    private final Pattern capitalClaimOngoing;
    private final List<Pattern> capitalClaimLimitYears;
    private final Pattern clauseEnd;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    public OutdatedNameRule(RuleSpec spec) {
        super(spec.variables("country", "current", "date", "person", "place", "title", "until", "when").meta(), spec.shared(Lexicon.class));
        this.pastQualifiers = Words.caseInsensitive(spec.list("pastQualifiers"));
        this.renamedCapitals = Set.copyOf(spec.list("renamedCapitals"));
        this.capitalClaimBefore = anyCase("(?:" + String.join("|", spec.list("capitalClaimBefore")) + ")$");
        this.capitalClaimAfter = anyCase("^(?:" + String.join("|", spec.list("capitalClaimAfter")) + ")");
        this.capitalClaimLimits = anyCase(String.join("|", spec.list("capitalClaimLimits")));
        this.capitalClaimUntil = anyCase(spec.text("capitalClaimUntil"));
        this.capitalClaimOngoing = anyCase(String.join("|", spec.list("capitalClaimOngoing")));
        this.capitalClaimLimitYears = spec.list("capitalClaimLimitYears").stream().map(OutdatedNameRule::anyCase).toList();
        this.clauseEnd = Pattern.compile(spec.text("clauseEnd"));
    }

    /** The data's patterns match either case, except where they say otherwise with (?-i:...). */
    private static Pattern anyCase(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public void check(Document document, RuleContext context) {
        EntityMentions mentions = EntityMentions.find(document, lexicon);
        LocalDate date = context.documentDate();
        // on a guessed date, a name must be wrong at the latest date the text can speak of too
        LocalDate alsoWrongOn = context.dateIsStated() ? date : context.today();
        for (PhraseIndex.Match<PlaceForm> match : mentions.places()) {
            if (match.values().stream().map(f -> f.country().code()).distinct().count() != 1
                    || followedByName(document, match.span())) {
                continue;
            }
            PlaceForm form = match.values().get(0);
            if (form.kind() == PlaceForm.Kind.CAPITAL) {
                boolean renamed = renamedCapitals.contains(form.surface());
                if (renamed || claimsCapital(document, match.span(), date)) {
                    outdatedCapital(form, match.span(), date, alsoWrongOn, renamed ? "capital" : "former-capital", context);
                }
            } else if (form.kind() == PlaceForm.Kind.FORMER_NAME && !form.former().stillCommon()
                    && form.former().until() != null && !date.isBefore(form.former().until())
                    && !alsoWrongOn.isBefore(form.former().until())) {
                context.flag(match.span()).message("country").with("country", form.country().name())
                        .with("until", form.former().until()).with("date", date).suggest(form.country().name()).report();
            }
        }
        if (context.dateIsStated()) {
            for (OfficeTitles held : OfficeTitles.find(mentions)) {
                outdatedOfficeHolder(mentions, held, date, context);
            }
        }
    }

    /**
     * "the German capital Bonn", "Lagos, the capital of Nigeria", "Almaty, Kazakhstan's capital" in one clause; not
     * "Almaty, Kazakhstan's capital until 1997".
     */
    private boolean claimsCapital(Document document, Span span, LocalDate date) {
        String text = document.text();
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String before = text.substring(lineStart, span.start());
        String after = text.substring(span.end(), lineEnd < 0 ? text.length() : lineEnd);
        Matcher claim = capitalClaimBefore.matcher(before);
        if (claim.find()) {
            // "the former German capital Bonn" says it no longer is
            String[] lead = before.substring(0, claim.start()).trim().split("\\s+");
            for (int i = Math.max(0, lead.length - 2); i < lead.length; i++) {
                if (pastQualifiers.contains(lead[i])) {
                    return false;
                }
            }
            return true;
        }
        Matcher claimAfter = capitalClaimAfter.matcher(after);
        return claimAfter.find() && !limitedToThePast(after.substring(claimAfter.end()), date);
    }

    /**
     * "Bonn, the capital of West Germany until 1990, ...": the rest of the claim's clause limits it to the past; "until
     * at least 2030", "until further notice" or "until 2030" in a text of 2023 does not.
     */
    private boolean limitedToThePast(String rest, LocalDate date) {
        Matcher end = clauseEnd.matcher(rest);
        String clause = end.find() ? rest.substring(0, end.start()) : rest;
        if (capitalClaimLimits.matcher(clause).find()) {
            return true;
        }
        Matcher until = capitalClaimUntil.matcher(clause);
        while (until.find()) {
            if (!speaksOfTodayOrLater(clause.substring(until.end()), date)) {
                return true;
            }
        }
        for (Pattern limit : capitalClaimLimitYears) {
            Matcher year = limit.matcher(clause);
            while (year.find()) {
                if (Integer.parseInt(year.group(1)) <= date.getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What follows an "until": "further notice", "at least 2030", "2030" in a text of 2023. */
    private boolean speaksOfTodayOrLater(String afterUntil, LocalDate date) {
        if (capitalClaimOngoing.matcher(afterUntil).find()) {
            return true;
        }
        Matcher year = YEAR.matcher(afterUntil);
        while (year.find()) {
            if (Integer.parseInt(year.group()) > date.getYear()) {
                return true;
            }
        }
        return false;
    }

    private static void outdatedCapital(PlaceForm form, Span span, LocalDate date, LocalDate alsoWrongOn, String message,
                                        RuleContext context) {
        Country country = form.country();
        boolean validNow = country.capitals().stream()
                .anyMatch(c -> c.name().equals(form.surface()) && (c.validity().contains(date) || c.validity().contains(alsoWrongOn)));
        boolean everDated = country.capitals().stream().anyMatch(c -> c.name().equals(form.surface())
                && (c.validity().from() != null || c.validity().until() != null));
        if (validNow || !everDated) {
            return;
        }
        Optional<Country.DatedName> current = country.capitals().stream().filter(c -> c.validity().contains(date)
                && (c.validity().from() != null || c.validity().until() != null)).findFirst();
        current.ifPresent(c -> context.flag(span).message(message).with("country", country.name())
                .with("date", date).with("current", c.name()).suggest(c.name()).report());
    }

    private void outdatedOfficeHolder(EntityMentions mentions, OfficeTitles held, LocalDate date, RuleContext context) {
        if (OfficeTitles.qualified(mentions, held.title().span(), pastQualifiers)) {
            return;
        }
        Set<String> offices = held.offices();
        List<Person> people = held.people();
        if (people.stream().anyMatch(p -> OfficeTitles.holds(p, offices, date))) {
            return;
        }
        for (Person p : people) {
            for (Office o : OfficeTitles.officesWithTitle(p, offices)) {
                String place = held.place().flatMap(pl -> pl.values().stream().map(f -> f.country().code()).findFirst()).orElse(o.place());
                if (!o.place().equals(place)) {
                    continue;
                }
                List<Person> holders = lexicon.holders(o.title(), o.place(), date);
                String when = o.validity().endedBefore(date) ? "until " + o.validity().until() : "from " + o.validity().from();
                RuleContext.IssueBuilder finding = context.flag(held.title().span().union(held.person().span())).message("office")
                        .with("person", p.name()).with("title", o.title()).with("place", lexicon.placeName(o.place()))
                        .with("when", when).with("date", date)
                        .with("current", holders.isEmpty() ? "someone else" : holders.get(0).name());
                if (o.validity().endedBefore(date)) {
                    finding.suggest("former " + mentions.document().text(held.title().span().union(held.person().span())));
                }
                holders.stream().findFirst().ifPresent(h -> finding.suggest(mentions.document().text(held.title().span()) + " " + h.shortName()));
                finding.report();
                return;
            }
        }
    }

    /** "Astana International Financial Centre": the name is part of a longer proper name. */
    private static boolean followedByName(Document document, Span span) {
        String text = document.text();
        int i = span.end();
        return i + 1 < text.length() && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1));
    }
}
