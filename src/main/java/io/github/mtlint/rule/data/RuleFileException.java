package io.github.mtlint.rule.data;

/** A rule file the user must fix; the message reads {@code file:line:col: what is wrong}. */
public final class RuleFileException extends Exception {

    public RuleFileException(String message) {
        super(message);
    }
}
