package io.github.mtlint.rule;

/**
 * A Java rule's file does not give the rule what it declares: a value of the wrong type, a missing or unused
 * {@code data:} entry, a message variable the rule does not fill in. The message starts with {@code file:line:col}
 * and names the rule; it is reported when the rules are loaded, before any text is checked.
 */
public final class RuleSpecException extends RuntimeException {

    public RuleSpecException(String message) {
        super(message);
    }
}
