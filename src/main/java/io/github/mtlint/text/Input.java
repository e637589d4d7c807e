package io.github.mtlint.text;

import java.nio.file.Path;
import java.util.Optional;

/** One thing to check: a file (shown as {@code displayPath}) or standard input, with its source if it has one. */
public sealed interface Input {

    String displayPath();

    /** The text this input was translated from, when the run has it. */
    default Optional<SourceRef> source() {
        return Optional.empty();
    }

    /** @param sourceRef the source file paired with this one, or null */
    record FileInput(Path file, String displayPath, SourceRef sourceRef) implements Input {

        public FileInput(Path file, String displayPath) {
            this(file, displayPath, null);
        }

        @Override
        public Optional<SourceRef> source() {
            return Optional.ofNullable(sourceRef);
        }

        public FileInput withSource(SourceRef source) {
            return new FileInput(file, displayPath, source);
        }
    }

    /** @param sourceRef the source given with {@code --source} for standard input, or null */
    record StandardInput(SourceRef sourceRef) implements Input {

        public StandardInput() {
            this(null);
        }

        @Override
        public String displayPath() {
            return "<stdin>";
        }

        @Override
        public Optional<SourceRef> source() {
            return Optional.ofNullable(sourceRef);
        }
    }

    /** An argument that names nothing checkable (a missing path, a directory without text files). */
    record Missing(String displayPath, String reason) implements Input {
    }

    /**
     * A source file to read beside an input.
     *
     * @param language its BCP-47 tag from the file name or {@code --source-lang}; null to tell it from the script
     */
    record SourceRef(Path file, String displayPath, String language) {
    }
}
