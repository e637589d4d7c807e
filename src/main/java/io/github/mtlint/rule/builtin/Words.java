package io.github.mtlint.rule.builtin;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Token;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Small facts about tokens that several rule families need. */
public final class Words {

    private Words() {
    }

    public static boolean isLowercaseWord(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().codePointAt(0));
    }

    /** Only spaces or tabs between two tokens: no punctuation, no line break. */
    public static boolean onlySpacesBetween(Document document, Token a, Token b) {
        String text = document.text();
        int from = a.span().end();
        int to = b.span().start();
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** Finite verb readings in the Penn tag set LanguageTool uses. */
    public static boolean mayBeFiniteVerb(Token t) {
        return t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD");
    }

    public static boolean isContentWord(Token t) {
        return t.hasPosPrefix("NN") || t.hasPosPrefix("VB") || t.hasPosPrefix("JJ") || !t.isTagged() && t.isWord();
    }

    /** Where the word first stands whole in the text, with no letter either side, or -1. */
    public static int indexOfWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }

    /** A case-insensitive set from a data list. */
    public static Set<String> caseInsensitive(Collection<String> words) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(words);
        return set;
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
