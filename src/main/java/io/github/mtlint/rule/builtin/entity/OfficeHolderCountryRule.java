package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.Office;
import io.github.mtlint.lexicon.Person;
import io.github.mtlint.lexicon.PlaceForm;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.RuleContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A named office holder given the wrong country: "President Mirziyoyev of Kyrgyzstan", "Kazakh President
 * Mirziyoyev", "Kyrgyzstan's President Mirziyoyev", where the lexicon says the person held that office
 * elsewhere at the document's date. The suggestion is the right country in the same form (name or demonym).
 * A known name followed by another capitalised word is the start of someone else's name ("Prime Minister Pierre
 * Trudeau" is not Philip J. Pierre).
 */
public final class OfficeHolderCountryRule extends LexiconRule {

    public OfficeHolderCountryRule(RuleSpec spec) {
        super(spec.variables("actual", "date", "person", "stated", "title").meta(), spec.shared(Lexicon.class));
    }

    @Override
    public void check(Document document, RuleContext context) {
        EntityMentions mentions = EntityMentions.find(document, lexicon);
        LocalDate date = context.documentDate();
        for (OfficeTitles held : OfficeTitles.find(mentions)) {
            if (held.place().isEmpty() || startsLongerName(document, held.person().span())) {
                continue;
            }
            Set<String> offices = held.offices();
            List<Person> people = held.people();
            List<Person> current = people.stream().filter(p -> OfficeTitles.holds(p, offices, date)).toList();
            List<Person> relevant = current.isEmpty() ? people : current;
            List<Office> candidates = new ArrayList<>();
            for (Person p : relevant) {
                for (Office o : OfficeTitles.officesWithTitle(p, offices)) {
                    if (current.isEmpty() || o.heldOn(date)) {
                        candidates.add(o);
                    }
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            List<PlaceForm> stated = held.place().get().values();
            boolean consistent = candidates.stream().anyMatch(o -> stated.stream().anyMatch(f -> f.country().code().equals(o.place())));
            if (consistent) {
                continue;
            }
            Office actual = candidates.get(0);
            PlaceForm form = stated.get(0);
            String right = lexicon.country(actual.place())
                    .map(c -> form.kind() == PlaceForm.Kind.DEMONYM ? c.adjective() : c.name())
                    .orElse(lexicon.placeName(actual.place()));
            Person person = relevant.get(0);
            context.flag(held.place().get().span())
                    .with("person", person.name()).with("title", actual.title())
                    .with("actual", lexicon.placeName(actual.place())).with("stated", form.country().name())
                    .with("date", date).suggest(right).report();
        }
    }

    private static boolean startsLongerName(Document document, Span span) {
        String text = document.text();
        int i = span.end();
        return i + 2 < text.length() && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))
                && Character.isLowerCase(text.charAt(i + 2));
    }
}
