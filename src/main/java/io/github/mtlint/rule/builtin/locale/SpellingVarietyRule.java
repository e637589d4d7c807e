package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * British and American spellings mixed in one document ("neighbourliness" among "favorable" and "neighbor").
 * The variety given with {@code --variant} wins; otherwise the document's majority, and on a tie the first.
 * Capitalised words inside a sentence belong to names, which keep their spelling ("World Trade Organization"); so
 * does a sentence's first word before a possessive or a capitalised word ("Labor's campaign", "Center Parcs"), or one
 * of the words that often name things where the text never writes it in lower case ("Labor has won", Australia's party).
 */
public final class SpellingVarietyRule extends BaseRule {

    private final SpellingVariants variants;
    /** Marker words that often name things (Labor, Center): at a sentence start, a name unless written lower case too. */
    private final Set<String> nameWords;

    public SpellingVarietyRule(RuleSpec spec) {
        super(spec.variables("spellings", "variant", "wanted").meta());
        this.variants = spec.shared(SpellingVariants.class);
        this.nameWords = spec.list("nameWords").stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    /** "Labor's campaign", "Center Parcs": a word starting a sentence is a name before a possessive or a capital. */
    private static boolean startsName(String text, Token word, Token next) {
        int end = word.span().end();
        boolean possessive = end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && (text.charAt(end + 1) == 's' || !Character.isLetter(text.charAt(end + 1)));
        return possessive || next != null && next.isCapitalised() && next.span().start() == end + 1
                && Character.isWhitespace(text.charAt(end));
    }

    private record Marked(Token token, SpellingVariants.Spelling spelling) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Marked> marked = new ArrayList<>();
        Set<String> lowerCaseWords = new HashSet<>();
        List<Token> sentenceStarts = new ArrayList<>();
        document.sentences().forEach(sentence -> {
            List<Token> words = sentence.words();
            for (int i = 0; i < words.size(); i++) {
                Token t = words.get(i);
                if (!t.isCapitalised()) {
                    lowerCaseWords.add(t.text());
                    variants.lookup(t.text()).ifPresent(s -> marked.add(new Marked(t, s)));
                } else if (i == 0 && !startsName(document.text(), t, i + 1 < words.size() ? words.get(i + 1) : null)) {
                    sentenceStarts.add(t);
                }
            }
        });
        for (Token t : sentenceStarts) {
            // a word that often names things, never written in lower case, is a name there too ("Labor has won")
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!nameWords.contains(lower) || lowerCaseWords.contains(lower)) {
                variants.lookup(t.text()).ifPresent(s -> marked.add(new Marked(t, s)));
            }
        }
        marked.sort(Comparator.comparingInt(m -> m.token().span().start()));
        if (marked.isEmpty()) {
            return;
        }
        Optional<EnglishVariant> asked = context.variant();
        EnglishVariant wanted = asked.or(() -> variants.markerVariety(document.text())).orElse(marked.get(0).spelling().variant());
        if (asked.isEmpty() && marked.stream().allMatch(m -> m.spelling().variant() == wanted)) {
            return;
        }
        long wantedCount = marked.stream().filter(m -> m.spelling().variant() == wanted).count();
        for (Marked m : marked) {
            if (m.spelling().variant() != wanted) {
                context.flag(m.token().span()).with("variant", m.spelling().variant().code()).with("wanted", wanted.code())
                        .with("spellings", wantedCount + " " + wanted.code() + (wantedCount == 1 ? " spelling" : " spellings"))
                        .suggest(m.spelling().counterpart()).report();
            }
        }
    }
}
