package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.Office;
import io.github.mtlint.lexicon.Person;
import io.github.mtlint.lexicon.PersonForm;
import io.github.mtlint.lexicon.PhraseIndex;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A public figure's name spelt another way than the canonical one: a known variant or transliteration from the
 * lexicon ("Mirziyoev", "Berdymukhamedov"), or an unknown name very close to a lexicon person who fits the
 * context, a title before it or the country nearby ("President Zaparov of Kyrgyzstan" for Japarov).
 * Accents alone do not count ("Erdogan"), nor do nicknames that do not resemble the name ("Jokowi"). A known name
 * split into more parts ("Hu Chun Hua" for Hu Chunhua) is a variant too, and so is a surname with a doubled letter
 * dropped or added ("Morison" for Morrison) after the person's title or first name or near their country, even
 * where the misspelling is itself an English word or name. A given name after a Chinese surname ("Ma Zhaoxu") and a
 * known name with a syllable more ("Zhaoxu" beside Zhao) are names of their own, not near-misses.
 */
public final class NameVariantRule extends LexiconRule {

    /** Thresholds from the rule's data (rules/builtin/entity/name-variant.yml, which says what each is for). */
    private final double minVariantSimilarity;
    private final double minNearMissSimilarity;
    private final int maxNearMissEdits;
    private final int minLengthWithoutTitle;
    private final double minSimilarityWithoutTitle;
    private final int minNameLength;
    private final int maxSplitParts;
    private final Pattern extraSyllable;
    private final Set<String> chineseSurnames;
    /** A word made of pinyin syllables: after a Chinese surname, a given name ("Zhaoxu"), not "Duk" of Han Duk-soo. */
    private final Pattern pinyinWord;
    private final Pattern pinyinSyllable;

    /** Demonyms of places whose Chinese names keep their syllables apart ("Singaporean Tan Wei Ling"). */
    private final Pattern separateSyllablesDemonym;
    /** Those places as a wire dateline writes them ("SINGAPORE –"): a text filed there is not judged by pinyin. */
    private final List<String> separateSyllablesDatelines;
    /** Pinyin given names after a Chinese surname ("Zhuang Yushan"), whose surname is then that person's. */
    private final PinyinGivenNameFinder givenNames;
    /** Each person by their full name folded, without spaces and hyphens; null where two people share one. */
    private final Map<String, Person> byJoinedName = new HashMap<>();
    /** Every part but the first of the lexicon's names, folded: the given names of its Chinese people ("dejiang"). */
    private final Set<String> laterNameParts = new HashSet<>();
    /**
     * The lexicon's people in its order, with their short names folded once, and indexes of the people a context
     * can point to (by an office's title or place, by the words their name starts with): a near miss is looked for
     * among those only, instead of among everyone for every capitalised word.
     */
    private final List<FoldedName> shortNames = new ArrayList<>();
    private final Map<String, BitSet> byOfficeTitle = new HashMap<>();
    private final Map<String, BitSet> byOfficePlace = new HashMap<>();
    private final Map<String, BitSet> byNameStart = new HashMap<>();

    private record FoldedName(Person person, String folded) {
    }

    public NameVariantRule(RuleSpec spec) {
        super(spec.variables("name", "office").meta(), spec.shared(Lexicon.class));
        this.minVariantSimilarity = spec.number("minVariantSimilarity");
        this.minNearMissSimilarity = spec.number("minNearMissSimilarity");
        this.maxNearMissEdits = spec.integer("maxNearMissEdits");
        this.minLengthWithoutTitle = spec.integer("minLengthWithoutTitle");
        this.minSimilarityWithoutTitle = spec.number("minSimilarityWithoutTitle");
        this.minNameLength = spec.integer("minNameLength");
        this.maxSplitParts = spec.integer("maxSplitParts");
        this.extraSyllable = Pattern.compile(spec.text("extraSyllable"));
        this.chineseSurnames = Set.copyOf(spec.list("chineseSurnames"));
        this.separateSyllablesDemonym = Pattern.compile(spec.list("separateSyllablesDemonyms").stream().map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?<![\\p{L}])(?:", ")(?![\\p{L}])")), Pattern.CASE_INSENSITIVE);
        this.separateSyllablesDatelines = List.copyOf(spec.list("separateSyllablesDatelines"));
        String pinyinWordRegex = PinyinGlossFinder.wordOf(spec.text("pinyinSyllable"));
        this.givenNames = new PinyinGivenNameFinder(spec.list("chineseSurnames"), pinyinWordRegex);
        this.pinyinSyllable = Pattern.compile(spec.text("pinyinSyllable"), Pattern.CASE_INSENSITIVE);
        this.pinyinWord = Pattern.compile(pinyinWordRegex, Pattern.CASE_INSENSITIVE);
        for (Person p : lexicon.people()) {
            byJoinedName.merge(joined(p.name()), p, (a, b) -> a.equals(b) ? a : null);
            String[] parts = p.name().split("\\s+");
            for (int part = 1; part < parts.length; part++) {
                laterNameParts.add(NameSimilarity.fold(parts[part]));
            }
            int index = shortNames.size();
            shortNames.add(new FoldedName(p, NameSimilarity.fold(p.shortName())));
            for (Office office : p.offices()) {
                byOfficeTitle.computeIfAbsent(office.title(), k -> new BitSet()).set(index);
                byOfficePlace.computeIfAbsent(office.place(), k -> new BitSet()).set(index);
            }
            for (int space = p.name().indexOf(' '); space >= 0; space = p.name().indexOf(' ', space + 1)) {
                byNameStart.computeIfAbsent(p.name().substring(0, space), k -> new BitSet()).set(index);
            }
        }
    }

    private static void addAll(BitSet into, Map<String, BitSet> index, Set<String> keys) {
        for (String key : keys) {
            BitSet people = index.get(key);
            if (people != null) {
                into.or(people);
            }
        }
    }

    private static String joined(String name) {
        return NameSimilarity.fold(name).replaceAll("[\\s\u2010-]+", "");
    }

    private static int parts(String name) {
        return name.trim().split("[\\s\u2010-]+").length;
    }

    @Override
    public void check(Document document, RuleContext context) {
        EntityMentions mentions = EntityMentions.find(document, lexicon);
        LocalDate date = context.documentDate();
        List<Span> reported = new ArrayList<>();
        for (PhraseIndex.Match<PersonForm> match : mentions.people()) {
            knownVariant(mentions, match, date, context, reported);
        }
        boolean filedWhereSyllablesStayApart = document.paragraphs().stream().anyMatch(p -> p.wireDateline() != null
                && separateSyllablesDatelines.stream().anyMatch(place -> document.text(p.wireDateline()).contains(place)));
        document.sentences().forEach(sentence -> splitNames(mentions, sentence, date, filedWhereSyllablesStayApart
                || separateSyllablesDemonym.matcher(document.text(sentence.span())).find(), context, reported));
        Set<String> surnamesOfOthers = surnamesWithOwnGivenNames(document);
        document.sentences().forEach(sentence -> nearMisses(mentions, sentence, date, surnamesOfOthers, context, reported));
    }

    /** A known name written in more parts than it has: "Hu Chun Hua" for Hu Chunhua, "Xi Jin-ping" for Xi Jinping. */
    private void splitNames(EntityMentions mentions, Sentence sentence, LocalDate date, boolean syllablesApart,
                            RuleContext context, List<Span> reported) {
        List<Token> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder written = new StringBuilder();
            for (int k = i; k < Math.min(words.size(), i + maxSplitParts); k++) {
                Token t = words.get(k);
                if (!Character.isLetter(t.text().codePointAt(0))
                        || k > i && !mentions.between(words.get(k - 1).span(), t.span()).matches("[ \u2010-]")
                        || k == i && !t.isCapitalised()) {
                    break;
                }
                written.append(t.text());
                Span span = words.get(i).span().union(t.span());
                Person person = k > i ? byJoinedName.get(joined(written.toString())) : null;
                if (person != null && parts(mentions.document().text(span)) > parts(person.name())
                        && reported.stream().noneMatch(r -> r.overlaps(span))) {
                    reported.add(span);
                    context.flag(span).with("name", person.name()).with("office", describe(person, date))
                            .suggest(person.name()).report();
                    break;
                }
            }
            if (!syllablesApart) {
                splitGivenName(mentions, words, i, context, reported);
            }
        }
    }

    /**
     * A Chinese surname and two capitalised pinyin syllables, with no name before (a title may be) or after: a given
     * name of someone the lexicon does not know split in two ("Shi Yu Qi" for Shi Yuqi). Pinyin joins the given name,
     * with an apostrophe before a syllable that starts with a vowel (Zhang Ai'an).
     */
    private void splitGivenName(EntityMentions mentions, List<Token> words, int i, RuleContext context, List<Span> reported) {
        if (i + 2 >= words.size() || !chineseSurnames.contains(words.get(i).text())
                || i > 0 && words.get(i - 1).isCapitalised() && mentions.between(words.get(i - 1).span(), words.get(i).span()).equals(" ")
                        && EntityMentions.justBefore(mentions, mentions.titles(), words.get(i).span(), EntityMentions::isBlankWithinLine).isEmpty()
                || i + 3 < words.size() && words.get(i + 3).isCapitalised()
                        && mentions.between(words.get(i + 2).span(), words.get(i + 3).span()).equals(" ")) {
            return;
        }
        Token first = words.get(i + 1);
        Token second = words.get(i + 2);
        if (!isSyllable(first) || !isSyllable(second) || !mentions.between(words.get(i).span(), first.span()).equals(" ")
                || !mentions.between(first.span(), second.span()).equals(" ")) {
            return;
        }
        Span span = words.get(i).span().union(second.span());
        String text = mentions.document().text();
        boolean quoted = span.start() > 0 && QUOTES_BEFORE.indexOf(text.charAt(span.start() - 1)) >= 0;
        if (quoted || reported.stream().anyMatch(r -> r.overlaps(span))) {
            return; // a product's name in quotes ("Yun Shan Fu"), not a person's
        }
        reported.add(span);
        String secondSyllable = second.text().toLowerCase(Locale.ROOT);
        String given = first.text() + ("aeo".indexOf(secondSyllable.charAt(0)) >= 0 ? "'" : "") + secondSyllable;
        context.flag(span).message("split").suggest(words.get(i).text() + " " + given)
                .severity(Severity.MINOR).category(Category.LOCALE_NAME).report();
    }

    private static final String QUOTES_BEFORE = "\"\u201C\u2018'\u300C";

    /** One capitalised pinyin syllable ("Yu", "Qi"). */
    private boolean isSyllable(Token t) {
        String text = t.text();
        return t.isCapitalised() && text.length() > 1 && Character.isLowerCase(text.charAt(1))
                && pinyinSyllable.matcher(text).matches();
    }

    private void knownVariant(EntityMentions mentions, PhraseIndex.Match<PersonForm> match, LocalDate date, RuleContext context,
                              List<Span> reported) {
        if (match.values().stream().anyMatch(f -> f.kind() != PersonForm.Kind.VARIANT)) {
            return; // also someone's canonical name
        }
        String written = mentions.document().text(match.span()).replaceAll("['\u2019]s?$", "");
        List<Person> people = choose(mentions, match.span(), match.values().stream().map(PersonForm::person).distinct().toList(), date);
        Set<String> canonical = new HashSet<>();
        for (Person p : people) {
            canonical.add(canonicalFor(p, written));
        }
        if (canonical.size() != 1) {
            return;
        }
        String suggestion = canonical.iterator().next();
        if (NameSimilarity.fold(suggestion).equals(NameSimilarity.fold(written))
                || containsName(written, suggestion)
                || NameSimilarity.of(suggestion, written).jaroWinkler() < minVariantSimilarity) {
            return;
        }
        Person person = people.get(0);
        Span span = match.span();
        Optional<Token> firstName = precedingUnknownName(mentions, span);
        if (firstName.isPresent() && !written.contains(" ")) {
            span = firstName.get().span().union(span);
            person = closestFirstName(choose(mentions, span, people, date), firstName.get().text());
            suggestion = person.name();
        }
        reported.add(span);
        context.flag(span).with("name", person.name()).with("office", describe(person, date)).suggest(suggestion).report();
    }

    /** An unknown capitalised word in a name position that is very close to a person the context points to. */
    private void nearMisses(EntityMentions mentions, Sentence sentence, LocalDate date, Set<String> surnamesOfOthers,
                            RuleContext context, List<Span> reported) {
        Set<String> countries = new HashSet<>();
        mentions.within(mentions.places(), sentence.span()).forEach(m -> m.values().forEach(f -> countries.add(f.country().code())));
        List<Token> words = sentence.words();
        for (int i = 1; i < words.size(); i++) {
            Token t = words.get(i);
            boolean unknown = isUnknownName(t);
            if (!unknown && !isCapitalisedName(t) || covered(mentions, reported, t.span())) {
                continue;
            }
            Set<String> titleOffices = new HashSet<>();
            EntityMentions.justBefore(mentions, mentions.titles(), t.span(), EntityMentions::isBlankWithinLine)
                    .ifPresent(title -> title.values().forEach(v -> titleOffices.add(v.office())));
            Token previous = words.get(i - 1);
            String previousWord = previous.isCapitalised() && mentions.between(previous.span(), t.span()).equals(" ")
                    ? previous.text() : "";
            if (titleOffices.isEmpty() && countries.isEmpty() && previousWord.isEmpty()
                    || chineseSurnames.contains(previousWord) && pinyinWord.matcher(NameSimilarity.fold(t.text())).matches()) {
                continue; // no context; or a pinyin given name after its surname ("Ma Zhaoxu"), a name of its own
            }
            if (surnamesOfOthers.contains(t.text())) {
                continue; // "Zhuang Yushan" and then "Zhuang": a surname of its own, not a slip for Zhang
            }
            Person best = null;
            double bestScore = 0;
            String word = NameSimilarity.fold(t.text());
            BitSet officeFitting = new BitSet();
            addAll(officeFitting, byOfficeTitle, titleOffices);
            addAll(officeFitting, byOfficePlace, countries);
            BitSet firstNameFitting = previousWord.isEmpty() ? new BitSet() : byNameStart.getOrDefault(previousWord, new BitSet());
            BitSet fitting = (BitSet) officeFitting.clone();
            fitting.or(firstNameFitting);
            for (int index = fitting.nextSetBit(0); index >= 0; index = fitting.nextSetBit(index + 1)) {
                FoldedName candidate = shortNames.get(index);
                Person p = candidate.person();
                boolean firstNameBefore = firstNameFitting.get(index);
                boolean officeFits = officeFitting.get(index);
                boolean doubledLetter = doubledLetterSlip(word, candidate.folded());
                if (!officeFits && !(firstNameBefore && doubledLetter) || !unknown && !doubledLetter
                        || withSyllableMore(word, candidate.folded())) {
                    continue;
                }
                NameSimilarity similarity = NameSimilarity.ofFolded(word, candidate.folded());
                boolean strongContext = !titleOffices.isEmpty() || firstNameBefore;
                boolean near = doubledLetter || (strongContext
                        ? similarity.distance() == 1
                        || similarity.jaroWinkler() >= minNearMissSimilarity && similarity.distance() <= maxNearMissEdits
                        : t.text().length() >= minLengthWithoutTitle && similarity.jaroWinkler() >= minSimilarityWithoutTitle
                        && similarity.distance() <= maxNearMissEdits);
                if (near && similarity.distance() > 0 && similarity.jaroWinkler() > bestScore) {
                    best = p;
                    bestScore = similarity.jaroWinkler();
                }
            }
            if (best != null) {
                reported.add(t.span());
                context.flag(t.span()).message("near-miss").severity(Severity.MAJOR).with("name", best.name())
                        .with("office", describe(best, date)).suggest(best.shortName()).report();
            }
        }
    }

    /**
     * The Chinese surnames the text gives with a pinyin given name that is no lexicon person's ("Zhuang Yushan"), whose
     * bearers they then are; "Zhuang Dejiang" is still Zhang Dejiang misspelt.
     */
    private Set<String> surnamesWithOwnGivenNames(Document document) {
        Set<String> surnames = new HashSet<>();
        for (PinyinGivenNameFinder.GivenName given : givenNames.givenNames(document.text())) {
            if (!laterNameParts.contains(NameSimilarity.fold(document.text(given.span())))) {
                surnames.add(given.surname());
            }
        }
        return surnames;
    }

    /**
     * "Morison" for Morrison, "Merkell" for Merkel: one letter of a double dropped, or one letter doubled; both spellings
     * {@link NameSimilarity#fold folded}.
     */
    private boolean doubledLetterSlip(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1 || shorter.length() < minNameLength) {
            return false;
        }
        for (int k = 1; k < longer.length(); k++) {
            if (longer.charAt(k) == longer.charAt(k - 1) && Character.isLetter(longer.charAt(k))
                    && (longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** "Zhaoxu" for Zhao: the name and a syllable more is another name; both spellings {@link NameSimilarity#fold folded}. */
    private boolean withSyllableMore(String word, String name) {
        return word.length() > name.length() && word.startsWith(name)
                && extraSyllable.matcher(word.substring(name.length())).matches();
    }

    /** People sharing a variant ("Berdymukhamedov"): keep those who fit the title before it at the date. */
    private static List<Person> choose(EntityMentions mentions, Span span, List<Person> people, LocalDate date) {
        if (people.size() == 1) {
            return people;
        }
        Optional<PhraseIndex.Match<io.github.mtlint.lexicon.Title>> title = EntityMentions.justBefore(mentions, mentions.titles(),
                span, EntityMentions::isBlankWithinLine);
        if (title.isEmpty()) {
            return people;
        }
        Set<String> offices = new HashSet<>();
        title.get().values().forEach(v -> offices.add(v.office()));
        List<Person> fitting = people.stream().filter(p -> OfficeTitles.holds(p, offices, date)).toList();
        return fitting.isEmpty() ? people : fitting;
    }

    /** Of people sharing a surname, the one whose first name the garbled one resembles most. */
    private static Person closestFirstName(List<Person> people, String firstName) {
        Person best = people.get(0);
        double bestScore = -1;
        for (Person p : people) {
            double score = NameSimilarity.of(p.name().split("\\s+")[0], firstName).jaroWinkler();
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** "Queen Elizabeth II", "William Lai Ching-te": the name itself with a title or a given name, no other spelling. */
    private static boolean containsName(String written, String name) {
        return (" " + NameSimilarity.fold(written) + " ").contains(" " + NameSimilarity.fold(name) + " ");
    }

    /** The canonical form matching what was written: the full name for a full variant, else the short form. */
    private static String canonicalFor(Person p, String written) {
        return written.trim().contains(" ") ? p.name() : p.shortName();
    }

    /** A garbled first name right before a surname variant ("Shcherdar Berdymukhamedov"). */
    private Optional<Token> precedingUnknownName(EntityMentions mentions, Span span) {
        return mentions.document().sentences().filter(s -> s.span().contains(span.start())).findFirst().flatMap(s -> {
            Token previous = null;
            for (Token t : s.words()) {
                if (t.span().start() >= span.start()) {
                    break;
                }
                previous = t;
            }
            if (previous != null && isUnknownName(previous) && !lexicon.isNameWord(previous.text())
                    && mentions.between(previous.span(), span).equals(" ")) {
                return Optional.of(previous);
            }
            return Optional.empty();
        });
    }

    /** A capitalised word of a name's shape, known to the tagger or not. */
    private boolean isCapitalisedName(Token t) {
        return t.isCapitalised() && t.text().length() >= minNameLength
                && t.text().chars().skip(1).allMatch(Character::isLowerCase);
    }

    private boolean isUnknownName(Token t) {
        return t.isCapitalised() && !t.isTagged() && t.text().length() >= minNameLength
                && t.text().chars().skip(1).anyMatch(Character::isLowerCase);
    }

    private static boolean covered(EntityMentions mentions, List<Span> reported, Span span) {
        return reported.stream().anyMatch(r -> r.overlaps(span))
                || mentions.people().stream().anyMatch(p -> p.span().overlaps(span))
                || mentions.places().stream().anyMatch(p -> p.span().overlaps(span));
    }

    private String describe(Person p, LocalDate date) {
        return p.officesOn(date).stream().findFirst()
                .or(() -> p.offices().stream().findFirst())
                .map(o -> o.title() + " of " + lexicon.placeName(o.place()))
                .orElse("a public figure");
    }
}
