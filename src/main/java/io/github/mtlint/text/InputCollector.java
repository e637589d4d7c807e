package io.github.mtlint.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into an ordered list of inputs: files as given, directories walked
 * recursively in sorted order (hidden folders skipped), {@code -} for standard input. Include globs
 * filter what a directory contributes; exclude globs apply to everything found in directories.
 */
public final class InputCollector {

    private final List<String> includes;
    private final List<PathMatcher> includeMatchers;
    private final List<PathMatcher> excludeMatchers;

    /** @throws IllegalArgumentException naming the glob, when one is not a valid glob */
    public InputCollector(List<String> includes, List<String> excludes) {
        this.includes = includes.isEmpty() ? List.of("*.txt") : List.copyOf(includes);
        this.includeMatchers = this.includes.stream().map(InputCollector::matcher).toList();
        this.excludeMatchers = excludes.stream().map(InputCollector::matcher).toList();
    }

    public List<Input> collect(List<String> arguments) {
        Set<String> seen = new LinkedHashSet<>();
        List<Input> inputs = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                if (seen.add("-")) {
                    inputs.add(new Input.StandardInput());
                }
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                List<Path> files;
                try {
                    files = walk(path);
                } catch (IOException | UncheckedIOException e) {
                    inputs.add(new Input.Missing(arg, "cannot read directory: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    inputs.add(new Input.Missing(arg, "directory contains no text files matching " + String.join(", ", includes)));
                }
                for (Path f : files) {
                    String display = displayPath(arg, path.relativize(f));
                    if (seen.add(f.toAbsolutePath().normalize().toString())) {
                        inputs.add(new Input.FileInput(f, display));
                    }
                }
            } else if (Files.exists(path)) {
                if (seen.add(path.toAbsolutePath().normalize().toString())) {
                    inputs.add(new Input.FileInput(path, arg));
                }
            } else {
                inputs.add(new Input.Missing(arg, "no such file or directory"));
            }
        }
        return inputs;
    }

    private List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> stream = Files.walk(dir)) {
            return stream
                    .filter(Files::isRegularFile)
                    .filter(f -> !isHidden(dir.relativize(f)))
                    .filter(f -> matchesAny(includeMatchers, dir.relativize(f)))
                    .filter(f -> !matchesAny(excludeMatchers, dir.relativize(f)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A glob without '/' matches the file name; one with '/' matches the path relative to the directory. */
    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative) || m.matches(relative.getFileName())) {
                return true;
            }
        }
        return false;
    }

    private static PathMatcher matcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid glob '" + glob + "': " + e.getDescription(), e);
        }
    }

    private static String displayPath(String dirArg, Path relative) {
        String base = dirArg.endsWith("/") ? dirArg.substring(0, dirArg.length() - 1) : dirArg;
        String rel = relative.toString().replace('\\', '/');
        return base.equals(".") ? rel : base + "/" + rel;
    }
}
