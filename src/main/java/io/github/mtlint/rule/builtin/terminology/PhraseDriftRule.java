package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.lexicon.NameTokenizer;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.builtin.Words;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A phrase from the headline that comes back in the body as another compound or a respelt word ("Cross currents
 * lead the way" in the headline, "Cross-sea currents lead the way" in the body): machine translation rendered the
 * same source phrase two ways. The headline's wording wins. A word added or dropped counts only when it is joined
 * by a hyphen to its neighbour: body text routinely drops a headline's qualifier or adds one ("the 3rd Expo", "the
 * Expo"). Changed words must look alike without being inflections of each other (headlines use the present tense:
 * "dies" in the headline, "died" in the body); a different name in the same frame is a different fact. Forms
 * house styles keep apart in headlines and body ("6.1%" and "6.1 percent") are the same word.
 */
public final class PhraseDriftRule extends BaseRule {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    /** A word of a phrase; a capitalised word added in the body is a name given in full, not drift. */
    private record Word(String lower, Span span, boolean capitalised) {
    }

    private final int minWords;
    private final int maxWords;
    private final double similarWords;
    private final Set<String> stopwords;
    /** Token sequences (lower case, space-separated) and the one word each stands for. */
    private final Map<List<String>, String> sameWords = new HashMap<>();

    public PhraseDriftRule(RuleSpec spec) {
        super(spec.variables("first").meta());
        this.minWords = spec.integer("minWords");
        this.maxWords = spec.integer("maxWords");
        this.similarWords = spec.number("similarWords");
        this.stopwords = Words.caseInsensitive(spec.list("stopwords"));
        for (String group : spec.list("sameWords")) {
            String[] forms = group.split("\\s*=\\s*");
            for (String form : forms) {
                sameWords.put(List.of(Words.lower(form).split("\\s+")), Words.lower(forms[forms.length - 1]));
            }
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Span> reported = new ArrayList<>();
        List<List<Word>> bodies = document.paragraphs().stream().filter(Paragraph::isBody).map(this::words).toList();
        for (Paragraph headline : document.paragraphs()) {
            if (headline.isBody()) {
                continue;
            }
            List<Word> source = words(headline);
            for (int n = Math.min(maxWords, source.size()); n >= minWords; n--) {
                for (int i = 0; i + n <= source.size(); i++) {
                    List<Word> phrase = source.subList(i, i + n);
                    if (contentWords(phrase) < 2) {
                        continue;
                    }
                    for (List<Word> body : bodies) {
                        findDrift(document, phrase, body, reported, context);
                    }
                }
            }
        }
    }

    private void findDrift(Document document, List<Word> phrase, List<Word> target, List<Span> reported, RuleContext context) {
        int n = phrase.size();
        for (int j = 0; j < target.size(); j++) {
            if (!target.get(j).lower().equals(phrase.get(0).lower())) {
                continue;
            }
            int length = -1;
            if (j + n + 1 <= target.size() && oneInserted(document, phrase, target.subList(j, j + n + 1))) {
                length = n + 1;
            } else if (j + n - 1 <= target.size() && n - 1 >= minWords && oneInserted(document, target.subList(j, j + n - 1), phrase)) {
                length = n - 1;
            } else if (j + n <= target.size() && oneChanged(phrase, target.subList(j, j + n))) {
                length = n;
            }
            if (length < 0) {
                continue;
            }
            Span span = new Span(target.get(j).span().start(), target.get(j + length - 1).span().end());
            if (reported.stream().anyMatch(r -> r.overlaps(span))) {
                continue;
            }
            reported.add(span);
            String first = document.text(new Span(phrase.get(0).span().start(), phrase.get(n - 1).span().end()));
            context.flag(span).with("first", first).suggest(first).report();
        }
    }

    /** {@code longer} is {@code shorter} with one word added inside (not at either end), hyphened to a neighbour. */
    private boolean oneInserted(Document document, List<Word> shorter, List<Word> longer) {
        if (longer.size() != shorter.size() + 1 || !last(shorter).equals(last(longer))) {
            return false;
        }
        for (int skip = 1; skip < longer.size() - 1; skip++) {
            boolean equal = true;
            for (int k = 0, l = 0; k < shorter.size(); k++, l++) {
                if (l == skip) {
                    l++;
                }
                if (!shorter.get(k).lower().equals(longer.get(l).lower())) {
                    equal = false;
                    break;
                }
            }
            if (equal && !stopwords.contains(longer.get(skip).lower()) && !longer.get(skip).capitalised()
                    && (hyphenBetween(document, longer.get(skip - 1), longer.get(skip))
                    || hyphenBetween(document, longer.get(skip), longer.get(skip + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Same length, one inner word replaced by a look-alike ("organization" for "organisation" is locale's). */
    private boolean oneChanged(List<Word> a, List<Word> b) {
        int changed = -1;
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).lower().equals(b.get(k).lower())) {
                if (changed >= 0) {
                    return false;
                }
                changed = k;
            }
        }
        if (changed <= 0 || changed == a.size() - 1) {
            return false;
        }
        String x = a.get(changed).lower();
        String y = b.get(changed).lower();
        return SIMILARITY.apply(x, y) >= similarWords && !stopwords.contains(x) && !stopwords.contains(y) && !inflections(x, y);
    }

    /** "dies" and "died", "meet" and "meeting": the same word, differing only in its last two letters or fewer. */
    private static boolean inflections(String x, String y) {
        int common = 0;
        while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= Math.min(x.length(), y.length()) - 2 && Math.max(x.length(), y.length()) - common <= 3;
    }

    private static boolean hyphenBetween(Document document, Word left, Word right) {
        String between = document.text(new Span(left.span().end(), right.span().start()));
        return between.equals("-") || between.equals("\u2010");
    }

    private int contentWords(List<Word> phrase) {
        return (int) phrase.stream().filter(w -> !stopwords.contains(w.lower())).count();
    }

    private static String last(List<Word> words) {
        return words.get(words.size() - 1).lower();
    }

    private List<Word> words(Paragraph paragraph) {
        List<NameTokenizer.NameToken> tokens = NameTokenizer.tokens(paragraph.text(), paragraph.span().start());
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameTokenizer.NameToken t = tokens.get(i);
            String same = null;
            int length = 1;
            for (int k = Math.min(tokens.size() - i, 3); k >= 1 && same == null; k--) {
                List<String> key = tokens.subList(i, i + k).stream().map(x -> Words.lower(x.norm())).toList();
                same = sameWords.get(key);
                length = k;
            }
            if (same != null) {
                words.add(new Word(same, t.span().union(tokens.get(i + length - 1).span()), false));
                i += length - 1;
            } else if (Character.isLetterOrDigit(t.norm().codePointAt(0))) {
                words.add(new Word(Words.lower(t.norm()), t.span(), Character.isUpperCase(t.norm().codePointAt(0))));
            }
        }
        return words;
    }
}
