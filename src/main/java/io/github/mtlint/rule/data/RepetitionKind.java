package io.github.mtlint.rule.data;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code kind: repetition}: a word or phrase (up to {@code maxwords} words) that comes twice in a row, or
 * twice joined by one of the {@code joiners} ("fruitful and fruitful"), across case ("the The"). Idioms
 * and legitimate doublings go in {@code exceptions} ("had had", "again and again"); a repetition that contains
 * one ("and more and more") is left alone too, as is a comparative doubled for a growing degree ("tougher and
 * tougher"), and so is a title word that ends one post and begins another ("Prime Minister and Minister for
 * Trade"). A capitalised word of up to three letters, or a {@code namesyllable}, written twice is a reduplicated
 * Chinese given name ("Li Li", "Tian Tian"), not an error. Works on the analyzer's tokens, so
 * punctuation between the copies breaks the repetition.
 */
final class RepetitionKind implements RuleKind {

    @Override
    public String name() {
        return "repetition";
    }

    @Override
    public Set<String> keys() {
        return Set.of("joiners", "exceptions", "maxwords", "adjacent", "minletters", "namesyllable");
    }

    @Override
    public Scope defaultScope() {
        return Scope.SENTENCE;
    }

    @Override
    public Set<String> variables() {
        return Set.of("phrase");
    }

    @Override
    public Rule create(RuleMeta meta, Scope scope, Map<String, YamlNode> body) throws RuleFileException {
        if (scope != Scope.SENTENCE) {
            throw body.get("scope").error("a repetition rule works within sentences (scope: sentence)");
        }
        List<String> joiners = body.containsKey("joiners") ? body.get("joiners").strings("joiners") : List.of();
        Set<String> exceptions = new HashSet<>();
        if (body.containsKey("exceptions")) {
            for (String e : body.get("exceptions").strings("exceptions")) {
                exceptions.add(Phrases.normalise(e, true));
            }
        }
        int maxWords = body.containsKey("maxwords") ? body.get("maxwords").integer("maxwords", 1) : 1;
        boolean adjacent = body.containsKey("adjacent") ? body.get("adjacent").bool("adjacent") : true;
        int minLetters = body.containsKey("minletters") ? body.get("minletters").integer("minletters", 1) : 1;
        Pattern nameSyllable = body.containsKey("namesyllable") ? Regexes.compile(body.get("namesyllable"),
                body.get("namesyllable").string("namesyllable"), Pattern.CASE_INSENSITIVE) : null;
        if (!adjacent && joiners.isEmpty()) {
            throw body.get("adjacent").error("with adjacent: false the rule needs joiners");
        }
        Set<String> joinerSet = new HashSet<>();
        joiners.forEach(j -> joinerSet.add(j.toLowerCase(Locale.ROOT)));
        return new RepetitionRule(meta, joinerSet, exceptions, maxWords, adjacent, minLetters, nameSyllable);
    }

    private static final int MAX_REDUPLICATED_NAME = 3;

    private record RepetitionRule(RuleMeta meta, Set<String> joiners, Set<String> exceptions, int maxWords,
                                  boolean adjacent, int minLetters, Pattern nameSyllable) implements Rule {

        @Override
        public void check(Document document, RuleContext context) {
            document.sentences().forEach(sentence -> check(document, sentence, context));
        }

        private void check(Document document, Sentence sentence, RuleContext context) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int found = 0;
                for (int n = Math.min(maxWords, tokens.size() / 2); n >= 1 && found == 0; n--) {
                    found = repeatAt(document, tokens, i, n, context);
                }
                i += found > 0 ? found : 1;
            }
        }

        /** Reports a repetition of the n tokens at i; returns how many tokens it covered, or 0. */
        private int repeatAt(Document document, List<Token> tokens, int i, int n, RuleContext context) {
            if (i + 2 * n > tokens.size() || !isPhrase(tokens, i, n)) {
                return 0;
            }
            if (adjacent && same(tokens, i, i + n, n)) {
                return report(document, tokens, i, i + 2 * n, n, context);
            }
            if (i + 2 * n + 1 <= tokens.size() && joiners.contains(tokens.get(i + n).text().toLowerCase(Locale.ROOT))
                    && same(tokens, i, i + n + 1, n)) {
                return report(document, tokens, i, i + 2 * n + 1, n, context);
            }
            return 0;
        }

        private int report(Document document, List<Token> tokens, int from, int to, int n, RuleContext context) {
            Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
            String text = document.text(span);
            if (containsException(Phrases.normalise(text, true)) || isReduplicatedName(tokens, from, n)
                    || growsInDegree(tokens, from, to) || namesTwoPosts(tokens, from, to, n)) {
                return 0;
            }
            String phrase = document.text(new Span(tokens.get(from).span().start(), tokens.get(from + n - 1).span().end()));
            context.flag(span).with("phrase", phrase).suggest(phrase).report();
            return to - from;
        }

        private boolean containsException(String normalised) {
            String padded = " " + normalised + " ";
            for (String exception : exceptions) {
                if (padded.contains(" " + exception + " ")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isReduplicatedName(List<Token> tokens, int from, int n) {
            String word = tokens.get(from).text();
            return n == 1 && tokens.get(from).isCapitalised() && tokens.get(from + 1).isCapitalised()
                    && (word.length() <= MAX_REDUPLICATED_NAME || nameSyllable != null && nameSyllable.matcher(word).matches());
        }

        /**
         * "Deputy Prime Minister and Minister for Trade", "Vice Chairman and Chairman of the Board": a capitalised word
         * that ends one title and begins another, with its own complement, names two posts of one person.
         */
        private static boolean namesTwoPosts(List<Token> tokens, int from, int to, int n) {
            if (n != 1 || from == 0 || to >= tokens.size()) {
                return false;
            }
            Token before = tokens.get(from - 1);
            return tokens.get(from).isCapitalised() && tokens.get(to - 1).isCapitalised()
                    && before.isWord() && before.isCapitalised() && tokens.get(to).hasPos("IN");
        }

        /** "tougher and tougher", "and stricter and stricter": a comparative doubled for a growing degree. */
        private boolean growsInDegree(List<Token> tokens, int from, int to) {
            for (int k = from; k + 2 < to; k++) {
                Token word = tokens.get(k);
                if ((word.hasPos("JJR") || word.hasPos("RBR")) && joiners.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))
                        && word.text().equalsIgnoreCase(tokens.get(k + 2).text())) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPhrase(List<Token> tokens, int i, int n) {
            int letters = 0;
            for (int k = i; k < i + n; k++) {
                Token t = tokens.get(k);
                if (!t.isWord() || Character.isDigit(t.text().codePointAt(0))) {
                    return false;
                }
                letters += t.text().length();
            }
            return letters >= minLetters;
        }

        private static boolean same(List<Token> tokens, int a, int b, int n) {
            for (int k = 0; k < n; k++) {
                if (!tokens.get(a + k).text().equalsIgnoreCase(tokens.get(b + k).text())) {
                    return false;
                }
            }
            return true;
        }
    }
}
