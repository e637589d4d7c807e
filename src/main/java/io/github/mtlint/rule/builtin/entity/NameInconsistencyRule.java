package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.Person;
import io.github.mtlint.lexicon.PersonForm;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.Words;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person (or place) spelt two ways in a document, including names the lexicon does not know: "Zhang
 * Xiaoming" in one paragraph, "Zhang Xiaomin" in the next. The first spelling wins and later different ones
 * are flagged, as professional MQM reviewers mark inconsistencies. Only unknown capitalised words of four or
 * more letters are compared, with the same first letter and one changed letter (two in long names), so that
 * different short names ("Li Ming", "Li Ning") stay apart; and two spellings count as one name only where they
 * share a neighbouring word on the same side ("spokesman Grivory said", "spokesman Griveri said"; not "Ye Guangfu,
 * Li Guangsu"), never stand in one sentence together ("Wang Xinyu and Wang Xiyu") and the later one is not the
 * more frequent: pinyin names one letter apart (Xining, Xinming) are often different names. A person the lexicon
 * knows in accepted house spellings as well ("Zelenskyy" for AP, "Zelenskiy" for Reuters) may be written in any of
 * them, but in one only: a later mention spelt another way is flagged too.
 */
public final class NameInconsistencyRule extends LexiconRule {

    /** A word of a name, without a possessive ending. */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}.-]+?(?=['\u2019]s\\b|['\u2019]|\\s|$)");

    /** Shortest unknown capitalised word taken for a name, and length from which more letters may differ (data). */
    private final int minLength;
    private final int longName;
    /** How many letters two spellings of one name may differ in: shorter names, long names (data). */
    private final int shortNameEdits;
    private final int longNameEdits;

    private final Set<String> connectives;
    /**
     * For each person with accepted spellings, each folded word of their canonical and accepted names mapped to the
     * canonical word it spells ("zelenskyy" and "zelensky" to "zelensky"): one slot of the name, spelt one way.
     */
    private final Map<Person, Map<String, String>> spellingSlots = new HashMap<>();

    public NameInconsistencyRule(RuleSpec spec) {
        super(spec.variables("first", "place").meta(), spec.shared(Lexicon.class));
        this.connectives = Words.caseInsensitive(spec.list("connectives"));
        this.minLength = spec.integer("minLength");
        this.longName = spec.integer("longName");
        this.shortNameEdits = spec.integer("shortNameEdits");
        this.longNameEdits = spec.integer("longNameEdits");
        for (Person p : lexicon.people()) {
            if (!p.accepted().isEmpty()) {
                spellingSlots.put(p, slots(p));
            }
        }
    }

    private static Map<String, String> slots(Person p) {
        List<String> canonical = new ArrayList<>();
        for (String name : List.of(p.name(), p.shortName())) {
            for (String word : name.split("\\s+")) {
                canonical.add(NameSimilarity.fold(word));
            }
        }
        Map<String, String> slots = new HashMap<>();
        canonical.forEach(w -> slots.put(w, w));
        for (String form : p.accepted()) {
            for (String word : form.split("\\s+")) {
                String folded = NameSimilarity.fold(word);
                canonical.stream().max(Comparator.comparingDouble(c -> NameSimilarity.ofFolded(folded, c).jaroWinkler()))
                        .ifPresent(c -> slots.putIfAbsent(folded, c));
            }
        }
        return slots;
    }

    @Override
    public void check(Document document, RuleContext context) {
        mixedAcceptedSpellings(document, context);
        Map<String, Token> firstSpelling = new LinkedHashMap<>();
        List<Token> candidates = new ArrayList<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> inOneSentence = new HashSet<>();
        document.sentences().map(Sentence::words).forEach(words -> {
            List<String> here = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Token t = words.get(i);
                if (isUnknownName(t)) {
                    candidates.add(t);
                    counts.merge(t.text(), 1, Integer::sum);
                    Set<String> around = neighbours.computeIfAbsent(t.text(), k -> new HashSet<>());
                    addNeighbour(around, "before:", i > 0 ? words.get(i - 1) : null);
                    addNeighbour(around, "after:", i + 1 < words.size() ? words.get(i + 1) : null);
                    here.forEach(other -> inOneSentence.add(pair(other, t.text())));
                    here.add(t.text());
                }
            }
        });
        for (Token t : candidates) {
            if (firstSpelling.containsKey(t.text())) {
                continue;
            }
            Token earlier = null;
            for (Token first : firstSpelling.values()) {
                // a shared neighbour on the same side ("Zhang Xiaoming", "Zhang Xiaomin"; not "Ye Guangfu, Li Guangsu"),
                // and never two spellings in one sentence ("Wang Xinyu and Wang Xiyu" are two players)
                if (sameName(first.text(), t.text()) && !Collections.disjoint(neighbours.get(first.text()), neighbours.get(t.text()))
                        && counts.get(t.text()) <= counts.get(first.text()) && !inOneSentence.contains(pair(first.text(), t.text()))) {
                    earlier = first;
                    break;
                }
            }
            if (earlier == null) {
                firstSpelling.put(t.text(), t);
            } else {
                Token canonical = earlier;
                candidates.stream().filter(c -> c.text().equals(t.text()))
                        .forEach(c -> context.flag(c.span()).with("first", canonical.text())
                                .with("place", document.placeOf(canonical.span())).suggest(canonical.text()).report());
                firstSpelling.put(t.text(), canonical);
            }
        }
    }

    /** "Volodymyr Zelenskyy" then "Zelensky": a person the lexicon knows in accepted spellings, written in two. */
    private void mixedAcceptedSpellings(Document document, RuleContext context) {
        if (spellingSlots.isEmpty()) {
            return;
        }
        Map<String, Span> firstSpelling = new HashMap<>();
        for (PhraseIndex.Match<PersonForm> match : EntityMentions.find(document, lexicon).people()) {
            List<Person> people = match.values().stream().map(PersonForm::person).distinct().toList();
            Map<String, String> slots = people.size() == 1 ? spellingSlots.get(people.get(0)) : null;
            if (slots == null || match.values().stream().anyMatch(f -> f.kind() == PersonForm.Kind.VARIANT)) {
                continue; // a misspelling is entity.name-variant's
            }
            Matcher word = NAME_WORD.matcher(document.text(match.span()));
            while (word.find()) {
                String folded = NameSimilarity.fold(word.group());
                String slot = slots.get(folded);
                if (slot == null) {
                    continue;
                }
                Span span = new Span(match.span().start() + word.start(), match.span().start() + word.end());
                String key = people.get(0).name() + "\u0000" + slot;
                Span first = firstSpelling.putIfAbsent(key, span);
                if (first != null && !NameSimilarity.fold(document.text(first)).equals(folded)) {
                    context.flag(span).with("first", document.text(first))
                            .with("place", document.placeOf(first)).suggest(document.text(first)).report();
                }
            }
        }
    }

    private void addNeighbour(Set<String> into, String side, Token word) {
        if (word != null && !connectives.contains(word.text())) {
            into.add(side + word.text().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }


    private boolean isUnknownName(Token t) {
        String text = t.text();
        return t.isCapitalised() && !t.isTagged() && text.length() >= minLength
                && text.chars().skip(1).allMatch(Character::isLowerCase) && !lexicon.isNameWord(text);
    }

    private boolean sameName(String a, String b) {
        if (Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) {
            return false;
        }
        if (a.equals(b + "s") || b.equals(a + "s")) {
            return false;
        }
        NameSimilarity similarity = NameSimilarity.of(a, b);
        int allowed = Math.min(a.length(), b.length()) >= longName ? longNameEdits : shortNameEdits;
        return similarity.distance() >= 1 && similarity.distance() <= allowed;
    }
}
