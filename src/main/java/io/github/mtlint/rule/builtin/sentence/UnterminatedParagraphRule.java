package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.List;

/**
 * A body paragraph that stops without a full stop ("… but also better tomorrow"): the end of the sentence
 * was lost. Headlines, bylines, datelines, captions and list items are not held to this.
 */
public final class UnterminatedParagraphRule extends BaseRule {

    public UnterminatedParagraphRule(RuleSpec spec) {
        super(spec.meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        for (Paragraph paragraph : document.paragraphs()) {
            if (!paragraph.isBody() || paragraph.endsLikeSentence() || paragraph.sentences().isEmpty()) {
                continue;
            }
            Sentence last = paragraph.sentences().get(paragraph.sentences().size() - 1);
            List<Token> words = last.words();
            if (words.isEmpty()) {
                continue;
            }
            Token lastWord = words.get(words.size() - 1);
            if (lastWord.span().end() < paragraph.span().end() - 1) {
                continue; // ends in a symbol or a closing mark we do not judge
            }
            Token from = words.size() >= 2 ? words.get(words.size() - 2) : lastWord;
            Span span = new Span(from.span().start(), lastWord.span().end());
            context.flag(span).suggest(document.text(span) + ".").report();
        }
    }
}
