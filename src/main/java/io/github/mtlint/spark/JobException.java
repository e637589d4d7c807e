package io.github.mtlint.spark;

/** A job that cannot start or finish as asked (bad option, missing input, output in the way): one line for the user. */
final class JobException extends Exception {

    private static final long serialVersionUID = 1L;

    JobException(String message) {
        super(message);
    }
}
