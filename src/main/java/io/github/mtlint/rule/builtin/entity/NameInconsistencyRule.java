package io.github.mtlint.rule.builtin.entity;

import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person (or place) spelt two ways in a document, including names the lexicon does not know: "Zhang
 * Xiaoming" in one paragraph, "Zhang Xiaomin" in the next. The first spelling wins and later different ones
 * are flagged, as professional MQM reviewers mark inconsistencies. Only unknown capitalised words of four or
 * more letters are compared, with the same first letter and one changed letter (two in long names), so that
 * different short names ("Li Ming", "Li Ning") stay apart.
 */
public final class NameInconsistencyRule implements Rule {

    private static final int MIN_LENGTH = 4;
    private static final int LONG_NAME = 9;

    private final RuleMeta meta;
    private final Lexicon lexicon;

    public NameInconsistencyRule(RuleMeta meta, Lexicon lexicon) {
        this.meta = meta;
        this.lexicon = lexicon;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Document document, RuleContext context) {
        Map<String, Token> firstSpelling = new LinkedHashMap<>();
        List<Token> candidates = new ArrayList<>();
        document.sentences().map(Sentence::words).forEach(words -> {
            for (Token t : words) {
                if (isUnknownName(t)) {
                    candidates.add(t);
                }
            }
        });
        for (Token t : candidates) {
            if (firstSpelling.containsKey(t.text())) {
                continue;
            }
            Token earlier = null;
            for (Token first : firstSpelling.values()) {
                if (sameName(first.text(), t.text())) {
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
                                .with("line", document.locate(canonical.span()).line()).suggest(canonical.text()).report());
                firstSpelling.put(t.text(), canonical);
            }
        }
    }

    private boolean isUnknownName(Token t) {
        String text = t.text();
        return t.isCapitalised() && !t.isTagged() && text.length() >= MIN_LENGTH
                && text.chars().skip(1).allMatch(Character::isLowerCase) && !lexicon.isNameWord(text);
    }

    private static boolean sameName(String a, String b) {
        if (Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) {
            return false;
        }
        if (a.equals(b + "s") || b.equals(a + "s")) {
            return false;
        }
        NameSimilarity similarity = NameSimilarity.of(a, b);
        int allowed = Math.min(a.length(), b.length()) >= LONG_NAME ? 2 : 1;
        return similarity.distance() >= 1 && similarity.distance() <= allowed;
    }
}
