package io.github.mtlint.model;

import java.util.Objects;

/**
 * One example of a rule: a target text in which {@code [[…]]} marks each finding the rule must report, and for
 * rules that compare with the source, the source text it translates.
 *
 * @param source the source text, or null for a monolingual example
 * @param inline true when source and target are written in XLIFF 2 inline markup ({@code <pc id="1">…</pc>},
 *               {@code <ph id="2"/>}), for rules on the inline codes of bilingual files
 */
public record RuleExample(String target, String source, boolean inline) {

    public RuleExample(String target, String source) {
        this(target, source, false);
    }

    public RuleExample {
        Objects.requireNonNull(target, "target");
    }

    public static RuleExample of(String target) {
        return new RuleExample(target, null);
    }

    public boolean isFlagged() {
        return target.contains("[[");
    }

    public boolean hasSource() {
        return source != null;
    }

    /** One line for listings: the target, and the source after it when there is one. */
    public String display() {
        String oneLine = target.replace("\n", "\\n");
        return source == null ? oneLine : oneLine + "  ⇐ " + source.replace("\n", "\\n");
    }
}
