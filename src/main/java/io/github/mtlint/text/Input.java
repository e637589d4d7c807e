package io.github.mtlint.text;

import java.nio.file.Path;

/** One thing to check: a file (shown as {@code displayPath}) or standard input. */
public sealed interface Input {

    String displayPath();

    record FileInput(Path file, String displayPath) implements Input {
    }

    record StandardInput() implements Input {
        @Override
        public String displayPath() {
            return "<stdin>";
        }
    }

    /** An argument that names nothing checkable (a missing path, a directory without text files). */
    record Missing(String displayPath, String reason) implements Input {
    }
}
