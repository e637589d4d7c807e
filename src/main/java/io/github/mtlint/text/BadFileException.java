package io.github.mtlint.text;

/** A bilingual file that is well-formed but not what its format says; the message is one line for the user. */
final class BadFileException extends Exception {

    BadFileException(String message) {
        super(message);
    }
}
