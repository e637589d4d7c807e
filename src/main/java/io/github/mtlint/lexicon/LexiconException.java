package io.github.mtlint.lexicon;

/** A lexicon file the user must fix; the message names the file and, where known, line and column. */
public final class LexiconException extends Exception {

    public LexiconException(String message) {
        super(message);
    }
}
