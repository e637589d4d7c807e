package io.github.mtlint.cli;

/** The exit codes of every command, as the README documents them. */
final class ExitCodes {

    static final int PASS = 0;
    static final int GATE_FAILED = 1;
    static final int USAGE_OR_INPUT = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
