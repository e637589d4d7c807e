package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SentenceRule;
import io.github.mtlint.rule.builtin.Words;

import java.util.List;
import java.util.Set;

/**
 * A long sentence without a finite verb: no reading of any word is a past, present or modal verb form. Machine
 * translation produces these when it drops the main verb or splits a sentence in the wrong place. Short ones are
 * left alone (news uses verbless sentences for effect), as are lead-ins ending in a colon and questions.
 */
public final class FragmentRule extends SentenceRule {

    private final int minWords;
    private final int minWordsAfterSentence;
    private final Set<String> collectiveNouns;
    private final Set<String> auxiliaries;
    private final Set<String> subordinators;
    private final Set<String> clauseOpeners;
    private final Set<String> reportingVerbs;
    private final Set<String> notSubjects;
    private final Set<String> floatingQuantifiers;

    public FragmentRule(RuleSpec spec) {
        super(spec.variables("words", "opener").meta());
        this.minWords = spec.integer("minWords");
        this.minWordsAfterSentence = spec.integer("minWordsAfterSentence");
        this.collectiveNouns = Words.caseInsensitive(spec.list("collectiveNouns"));
        this.auxiliaries = Words.caseInsensitive(spec.list("auxiliaries"));
        this.subordinators = Words.caseInsensitive(spec.list("subordinators"));
        this.clauseOpeners = Set.copyOf(spec.list("clauseOpeners"));
        this.reportingVerbs = Set.copyOf(spec.list("reportingVerbs"));
        this.notSubjects = Words.caseInsensitive(spec.list("notSubjects"));
        this.floatingQuantifiers = Words.caseInsensitive(spec.list("floatingQuantifiers"));
    }

    @Override
    protected void checkSentence(Sentence sentence, Paragraph paragraph, Document document, RuleContext context) {
        // the analyzer keeps the line break after a paragraph's last sentence as a token of its own
        List<Token> tokens = sentence.tokens().stream().filter(t -> !t.text().isBlank()).toList();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(".")) {
            return;
        }
        List<Token> words = sentence.words();
        if (isSubordinateClauseAlone(tokens) || isReportedClauseCutOff(tokens, sentence, paragraph)) {
            context.flag(sentence.span()).message("subordinate").with("opener", tokens.get(0).text())
                    .with("words", words.size()).report();
            return;
        }
        // a sentence after another that opens with a preposition or a number is a split-off phrase from five words
        // ("... welcomes investment. In agriculture and new energy.", "Pan finished. 1.08 seconds ahead of Chalmers.")
        boolean opensWithANumber = Character.isDigit(tokens.get(0).text().codePointAt(0));
        boolean shortAfterSentence = words.size() >= minWordsAfterSentence && paragraph.sentences().indexOf(sentence) > 0
                && (tokens.get(0).hasPos("IN") && !subordinators.contains(tokens.get(0).text()) || opensWithANumber);
        if (words.size() < minWords && !shortAfterSentence || !words.get(0).isCapitalised() && !opensWithANumber) {
            return;
        }
        Token previous = null;
        Token beforePrevious = null;
        for (Token t : tokens) {
            boolean verb = Words.mayBeFiniteVerb(t)
                    && (!isNounAfterModifier(t, previous) || isAfterFloatingQuantifier(previous, beforePrevious));
            if (verb || t.text().equals(":") || t.text().equals("\"") || t.text().equals("\u201C")) {
                return;
            }
            beforePrevious = previous;
            previous = t;
        }
        if (hasVerbReadNounFirst(tokens)) {
            return;
        }
        context.flag(sentence.span()).with("words", words.size()).report();
    }

    /**
     * "the ministers each spoke", "the geese all go", "Chao, Meng and Tong, founder of the foundation, each spoke": a
     * quantifier after a noun, a name or the comma closing an apposition belongs to the subject before it, so the word
     * after it is the verb; after a preposition it is a determiner ("of each spoke").
     */
    private boolean isAfterFloatingQuantifier(Token quantifier, Token beforeIt) {
        return quantifier != null && beforeIt != null && floatingQuantifiers.contains(quantifier.text())
                && (beforeIt.hasPosPrefix("NN") || beforeIt.isCapitalised() && beforeIt.isWord() || beforeIt.text().equals(","));
    }

    /**
     * A subordinate clause cut off from its main clause: "Because the ground is already saturated.", "Which attracted
     * 8,000 visitors." A relative "which" before its verb opens no sentence; a conjunction ("because", "although") does
     * only with a main clause after it, so the sentence must have one verb group and no comma or colon ("Because of the
     * rain, ..." and "Although prices rose the index fell" are left alone).
     */
    private boolean isSubordinateClauseAlone(List<Token> tokens) {
        Token opener = tokens.get(0);
        if (tokens.size() < 3 || !clauseOpeners.contains(opener.text())
                || tokens.stream().anyMatch(t -> t.text().equals("?"))) {
            return false;
        }
        if (opener.text().equals("Which")) {
            return Words.mayBeFiniteVerb(tokens.get(1)); // not "Which country will host it is unclear."
        }
        if (tokens.get(1).text().equals("of") || tokens.stream().anyMatch(t -> CLAUSE_BREAKS.contains(t.text()))) {
            return false;
        }
        int verbGroups = 0;
        Token previous = opener;
        for (Token t : tokens.subList(1, tokens.size())) {
            // a noun-or-verb word opening the clause or after a modifier is its subject ("Because prices rose"); a
            // verb after an auxiliary is part of its group ("was delayed")
            boolean noun = t.hasPosPrefix("NN") && (previous == opener || isModifier(previous));
            // "want to work": an infinitive after "to" is no finite verb
            boolean groupedOrInfinitive = previous.hasPos("MD") || auxiliaries.contains(previous.text()) || previous.text().equals("to");
            if (Words.mayBeFiniteVerb(t) && !noun && !groupedOrInfinitive) {
                verbGroups++;
            }
            if (!isOnlyAdverb(t)) {
                previous = t;
            }
        }
        return verbGroups == 1;
    }

    /**
     * What someone said, cut off after the verb that reports it: "Officials said. That exports rose 5 percent." A
     * sentence ending in the bare verb says nothing unless a quotation came before it ("'We will win,' he said.") or
     * the verb is in a clause of its own ("as he said."); "That" with a verb after it is a pronoun ("That is why").
     */
    private boolean isReportedClauseCutOff(List<Token> tokens, Sentence sentence, Paragraph paragraph) {
        int index = paragraph.sentences().indexOf(sentence);
        if (index <= 0 || tokens.size() < 4 || !tokens.get(0).text().equals("That") || Words.mayBeFiniteVerb(tokens.get(1))
                || tokens.get(1).text().startsWith("'") || tokens.get(1).text().startsWith("’")) {
            return false;
        }
        if (!opensAClause(tokens)) {
            return false;
        }
        List<Token> before = paragraph.sentences().get(index - 1).tokens().stream().filter(t -> !t.text().isBlank()).toList();
        int last = before.size() - 1;
        return last >= 2 && before.get(last).text().equals(".") && reportingVerbs.contains(before.get(last - 1).text())
                && !notSubjects.contains(before.get(last - 2).text())
                && before.stream().noneMatch(t -> QUOTES.contains(t.text()));
    }

    /**
     * "That" before a subject of its own: a pronoun, a determiner ("That the plan"), a name or a plural noun ("That
     * electric vehicles"); before a singular noun it is a demonstrative ("That night").
     */
    private static boolean opensAClause(List<Token> tokens) {
        Token next = tokens.get(1);
        if (next.hasPos("PRP") || next.hasPos("DT") || next.hasPos("PRP$")) {
            return true;
        }
        for (Token t : tokens.subList(1, tokens.size())) {
            if (!t.hasPosPrefix("JJ") || t.hasPosPrefix("NN")) {
                return t.hasPos("NNP") || t.hasPos("NNS") && !t.hasPos("NN");
            }
        }
        return false;
    }

    private static boolean isOnlyAName(Token word) {
        boolean acronym = word.text().length() > 1 && word.text().chars().allMatch(Character::isUpperCase);
        return acronym || word.isTagged() && word.posTags().stream().allMatch(tag -> tag.startsWith("NNP"));
    }

    private static final Set<String> QUOTES = Set.of("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019");

    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "\"", "\u201C", "\u201D", "(");

    /**
     * With no other finite verb, a noun-or-verb word after a noun is the verb after all: past tense after any noun or
     * name ("the yield on the bond rose 1 basis point"), and present tense agreeing with its subject before an object
     * or adverbial ("the couple sell about two tonnes", "the picture shows firefighters"). Auxiliaries are always verbs
     * ("the injured have been taken").
     */
    private boolean hasVerbReadNounFirst(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            int subjectAt = subjectBefore(tokens, i);
            Token subject = tokens.get(subjectAt);
            Token t = tokens.get(i);
            if (!Words.isLowercaseWord(t)) {
                continue;
            }
            if (auxiliaries.contains(t.text())) {
                return true; // the tagger may have kept only a noun reading ("the injured have")
            }
            if (!Words.mayBeFiniteVerb(t)) {
                continue;
            }
            // a capitalised word is a name inside a sentence; at its start only an acronym or a word read only as a
            // name is one ("ASEAN groups ten countries", "Beijing hosts talks")
            boolean name = subject.isCapitalised() && subject.isWord() && (i > 1 || isOnlyAName(subject));
            // "the ruling party won 33 seats": a past tense before its object after a noun the tagger also reads otherwise
            boolean pastBeforeObject = t.hasPos("VBD") && subject.hasPosPrefix("NN") && Words.isLowercaseWord(subject)
                    && startsObjectOrAdverbial(tokens.get(i + 1));
            if (!isPlainNoun(subject) && !name && !pastBeforeObject
                    && !(isNounAfterDeterminer(tokens, subjectAt) && infinitiveOrCountFollows(tokens, i + 1))) {
                continue;
            }
            if (t.hasPos("VBD")) {
                return true;
            }
            if (t.hasPos("NNS") && pluralNounInPrepositionalPhrase(tokens, i)) {
                continue; // "the results of the recent state visits to the region": a plural noun, not a verb
            }
            boolean plural = (subject.hasPos("NNS") || subject.hasPos("NNPS")) && !subject.hasPos("NN") || collectiveNouns.contains(subject.text())
                    || isCoordinated(tokens, subjectAt);
            boolean agrees = t.hasPos("VBP") && plural || t.hasPos("VBZ") && !plural && !subject.hasPos("NNS");
            // after a name, a name may be the object too ("ASEAN groups Brunei, Cambodia ...")
            if (agrees && (startsObjectOrAdverbial(tokens.get(i + 1)) || name && tokens.get(i + 1).hasPosPrefix("NNP"))) {
                return true;
            }
        }
        return false;
    }

    /** "the city", "the country": a word the tagger also reads as an adjective is a noun right after a determiner alone. */
    private static boolean isNounAfterDeterminer(List<Token> tokens, int at) {
        Token word = tokens.get(at);
        if (at < 1 || !word.hasPosPrefix("NN") || !Words.isLowercaseWord(word)) {
            return false;
        }
        Token before = tokens.get(at - 1);
        return before.hasPos("DT") && before.posTags().stream().allMatch(tag -> tag.equals("DT"));
    }

    /** "plans to open", "operates 30 flights": what a verb takes, and a noun ("the practical steps to the") rarely. */
    private static boolean infinitiveOrCountFollows(List<Token> tokens, int next) {
        Token t = tokens.get(next);
        return t.hasPos("CD") || t.text().equals("to") && next + 1 < tokens.size() && tokens.get(next + 1).hasPos("VB");
    }

    /**
     * "Hartley and Li", "the minister and the governor": two nouns or names joined by "and" that open the clause are a
     * plural subject; not so inside a name ("the Department of Industry and Trade puts forward").
     */
    private static boolean isCoordinated(List<Token> tokens, int at) {
        int k = skipDeterminers(tokens, at - 1);
        if (k < 1 || !tokens.get(k).text().equals("and")) {
            return false;
        }
        Token first = tokens.get(k - 1);
        if (!first.hasPosPrefix("NN") && !(first.isCapitalised() && first.isWord())) {
            return false;
        }
        int before = skipDeterminers(tokens, k - 2);
        return before < 0 || tokens.get(before).text().equals(",") || tokens.get(before).text().equals(";");
    }

    private static int skipDeterminers(List<Token> tokens, int k) {
        while (k >= 0 && tokens.get(k).hasPos("DT")) {
            k--;
        }
        return k;
    }

    /** The word before {@code i} past a degree in between: "spending ... more than doubled", "exports nearly tripled". */
    private static int subjectBefore(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 2 && tokens.get(k).text().equalsIgnoreCase("than") && tokens.get(k - 1).hasPos("JJR")) {
            k -= 2; // more than, less than
        }
        while (k > 0 && isOnlyAdverb(tokens.get(k))) {
            k--;
        }
        return k;
    }

    private static boolean isOnlyAdverb(Token t) {
        return t.hasPosPrefix("RB") && t.posTags().stream().allMatch(tag -> tag.startsWith("RB"));
    }

    /**
     * The noun phrase ending before word {@code i} ("the recent state") is inside a prepositional phrase whose outermost
     * head is a plural noun ("the results of"), so the word is a noun of that phrase, not a singular verb: it would
     * agree with no subject ("the results ... visits"). A subject may carry such phrases ("the number of antelope cubs
     * in the herd accounts for", "the key to China's development lies in"), but its head then agrees with the verb; a
     * conjunction opening a clause ("as", "because") may be followed by a subject of its own.
     */
    private boolean pluralNounInPrepositionalPhrase(List<Token> tokens, int i) {
        Token head = null;
        int start = nounPhraseStart(tokens, i - 1);
        while (start >= 2 && tokens.get(start - 1).hasPos("IN") && !subordinators.contains(tokens.get(start - 1).text())
                && tokens.get(start - 2).hasPosPrefix("NN")) {
            head = tokens.get(start - 2);
            start = nounPhraseStart(tokens, start - 2);
        }
        return head != null && looksPlural(head);
    }

    /**
     * Where the noun phrase ending at {@code last} starts. A determiner or possessive after a noun opens a phrase of its
     * own ("across the provinces of the north | the river floods"), so the walk stops there.
     */
    private static int nounPhraseStart(List<Token> tokens, int last) {
        int start = last;
        while (start > 0 && isNounPhraseWord(tokens.get(start - 1))) {
            start--;
            Token word = tokens.get(start);
            if (start > 0 && (word.hasPos("DT") || word.hasPos("PRP$")) && tokens.get(start - 1).hasPosPrefix("NN")) {
                break;
            }
        }
        return start;
    }

    /** "results", not "data" or "people", which news also uses with a singular verb or as a collective. */
    private boolean looksPlural(Token noun) {
        String word = noun.text();
        return noun.hasPos("NNS") && !noun.hasPos("NN") && !collectiveNouns.contains(word)
                && (word.endsWith("s") || word.endsWith("S"));
    }

    private static boolean isNounPhraseWord(Token t) {
        return t.hasPosPrefix("NN") || t.hasPosPrefix("JJ") || t.hasPos("DT") || t.hasPos("CD") || t.hasPos("PRP$")
                || t.hasPos("POS");
    }

    private static boolean startsObjectOrAdverbial(Token next) {
        return next.hasPos("CD") || next.hasPos("DT") || next.hasPos("PRP$") || next.hasPos("PRP") || next.hasPosPrefix("RB")
                || next.hasPos("RP") || next.hasPos("IN") || next.hasPos("TO") || next.hasPosPrefix("JJ") || next.hasPos("NNS");
    }

    /** A noun that cannot be read as an adjective or a determiner ("bond", "prices"; not "practical"). */
    private static boolean isPlainNoun(Token t) {
        return t.hasPosPrefix("NN") && !t.hasPosPrefix("JJ") && !t.hasPos("DT") && !t.hasPos("CD") && !t.hasPos("PRP");
    }

    private static boolean isModifier(Token t) {
        return t.hasPos("DT") || t.hasPosPrefix("JJ") || t.hasPos("PRP$") || t.hasPos("CD") || t.hasPos("POS");
    }

    /** "fruitful results", "the visit", "two heads": a noun-or-verb word after a determiner or modifier is a noun. */
    private static boolean isNounAfterModifier(Token t, Token previous) {
        if (previous == null || !t.hasPosPrefix("NN")) {
            return false;
        }
        return isModifier(previous) || previous.hasPos("IN") || previous.hasPosPrefix("NN");
    }
}
