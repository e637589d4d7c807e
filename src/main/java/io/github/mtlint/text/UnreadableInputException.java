package io.github.mtlint.text;

/** An input that cannot be checked; the message is one line, fit for the user, naming the reason. */
public final class UnreadableInputException extends Exception {

    private final String path;

    public UnreadableInputException(String path, String reason) {
        super(reason);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
