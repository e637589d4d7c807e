package io.github.mtlint.report;

/**
 * An input that could not be checked, or a rule that failed on one; the message is one line for the user.
 *
 * @param internal true for a failure of mtlint itself (a rule threw), false for a bad input
 */
public record ProcessingError(String path, String message, boolean internal) {

    public static ProcessingError input(String path, String message) {
        return new ProcessingError(path, message, false);
    }

    public static ProcessingError internal(String path, String message) {
        return new ProcessingError(path, message, true);
    }
}
