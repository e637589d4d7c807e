package io.github.mtlint.glossary;

/** A glossary file the user must fix: {@code file:line:col: reason}. */
public final class GlossaryException extends Exception {

    public GlossaryException(String file, long line, long column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
    }

    public GlossaryException(String file, String reason) {
        super(file + ": " + reason);
    }
}
