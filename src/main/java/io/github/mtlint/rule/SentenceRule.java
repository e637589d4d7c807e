package io.github.mtlint.rule;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;

/** A rule that looks at one sentence at a time, in body paragraphs unless {@link #checksAllParagraphs()}. */
public abstract class SentenceRule extends BaseRule {

    protected SentenceRule(io.github.mtlint.model.RuleMeta meta) {
        super(meta);
    }

    @Override
    public final void check(Document document, RuleContext context) {
        for (Paragraph paragraph : document.paragraphs()) {
            if (!paragraph.isBody() && !checksAllParagraphs()) {
                continue;
            }
            for (Sentence sentence : paragraph.sentences()) {
                checkSentence(sentence, paragraph, document, context);
            }
        }
    }

    protected boolean checksAllParagraphs() {
        return false;
    }

    protected abstract void checkSentence(Sentence sentence, Paragraph paragraph, Document document, RuleContext context);
}
