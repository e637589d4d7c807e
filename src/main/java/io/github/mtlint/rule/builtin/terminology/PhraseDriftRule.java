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
import java.util.List;
import java.util.Set;

/**
 * A phrase from the headline that comes back in the body with one word added, dropped or changed ("Cross
 * currents lead the way" in the headline, "Cross-sea currents lead the way" in the body): machine translation
 * rendered the same source phrase two ways. The headline's wording wins. Changed words must look alike (a
 * different name in the same frame is a different fact, not drift).
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

    public PhraseDriftRule(RuleSpec spec) {
        super(spec.meta());
        this.minWords = Integer.parseInt(spec.list("minWords").get(0));
        this.maxWords = Integer.parseInt(spec.list("maxWords").get(0));
        this.similarWords = Double.parseDouble(spec.list("similarWords").get(0));
        this.stopwords = Words.caseInsensitive(spec.list("stopwords"));
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Span> reported = new ArrayList<>();
        List<List<Word>> bodies = document.paragraphs().stream().filter(Paragraph::isBody).map(PhraseDriftRule::words).toList();
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
            if (j + n + 1 <= target.size() && oneInserted(phrase, target.subList(j, j + n + 1))) {
                length = n + 1;
            } else if (j + n - 1 <= target.size() && n - 1 >= minWords && oneInserted(target.subList(j, j + n - 1), phrase)) {
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

    /** {@code longer} is {@code shorter} with one word added inside (not at either end). */
    private boolean oneInserted(List<Word> shorter, List<Word> longer) {
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
            if (equal && !stopwords.contains(longer.get(skip).lower()) && !longer.get(skip).capitalised()) {
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
        return SIMILARITY.apply(x, y) >= similarWords && !stopwords.contains(x) && !stopwords.contains(y);
    }

    private int contentWords(List<Word> phrase) {
        return (int) phrase.stream().filter(w -> !stopwords.contains(w.lower())).count();
    }

    private static String last(List<Word> words) {
        return words.get(words.size() - 1).lower();
    }

    private static List<Word> words(Paragraph paragraph) {
        List<Word> words = new ArrayList<>();
        for (NameTokenizer.NameToken t : NameTokenizer.tokens(paragraph.text(), paragraph.span().start())) {
            if (Character.isLetterOrDigit(t.norm().codePointAt(0))) {
                words.add(new Word(Words.lower(t.norm()), t.span(), Character.isUpperCase(t.norm().codePointAt(0))));
            }
        }
        return words;
    }
}
