package io.github.mtlint.cli;

import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.data.RuleFileException;
import io.github.mtlint.rule.data.RuleFileLoader;

import java.nio.file.Path;
import java.util.List;

/** The Java rules and filters, with their metadata from {@code rules/builtin}. */
final class BuiltinRules {

    private BuiltinRules() {
    }

    static void register(RuleSet.Builder builder, Path root, List<Path> userLexiconDirs, RuleFileLoader loader)
            throws RuleFileException {
        // Java rules are registered here as they are written.
    }
}
