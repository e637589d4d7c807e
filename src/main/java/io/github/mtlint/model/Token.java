package io.github.mtlint.model;

import java.util.List;

/**
 * A word or punctuation token with the analyzer's part-of-speech tags (Penn Treebank, as LanguageTool
 * tags English) and lemmas. An empty tag list means the word is unknown to the tagger.
 */
public record Token(String text, Span span, List<String> posTags, List<String> lemmas) {

    public Token {
        posTags = List.copyOf(posTags);
        lemmas = List.copyOf(lemmas);
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isTagged() {
        return !posTags.isEmpty();
    }

    /** True if any reading's tag starts with the prefix ("VB" matches VBD, VBZ…). */
    public boolean hasPosPrefix(String prefix) {
        for (String tag : posTags) {
            if (tag.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasPos(String tag) {
        return posTags.contains(tag);
    }
}
