package io.github.mtlint.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Turns command-line arguments into an ordered list of inputs: files as given, directories walked
 * recursively in sorted order (hidden folders skipped), {@code -} for standard input. Include globs
 * filter what a directory contributes; exclude globs apply to everything found in directories.
 */
public final class InputCollector {

    /**
     * Text files, XLIFF and TMX. Not TSV: folders hold tab-separated data of every kind (the samples' expected
     * findings, for one); a bilingual TSV is checked when named or included with {@code --include '*.tsv'}.
     */
    public static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.xlf", "*.xliff", "*.tmx");

    private final List<String> includes;
    private final List<PathMatcher> includeMatchers;
    private final List<PathMatcher> excludeMatchers;

    /** @throws IllegalArgumentException naming the glob, when one is not a valid glob */
    public InputCollector(List<String> includes, List<String> excludes) {
        this.includes = includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
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
                List<Input.Missing> skipped = new ArrayList<>();
                try {
                    files = walk(path, arg, skipped);
                } catch (IOException | UncheckedIOException e) {
                    inputs.add(new Input.Missing(arg, "cannot read directory: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty() && skipped.isEmpty()) {
                    inputs.add(new Input.Missing(arg, "directory contains no text files matching " + String.join(", ", includes)));
                }
                for (Path f : files) {
                    String display = displayPath(arg, path.relativize(f));
                    if (seen.add(identity(f))) {
                        inputs.add(new Input.FileInput(f, display));
                    }
                }
                inputs.addAll(skipped);
            } else if (Files.exists(path)) {
                if (seen.add(identity(path))) {
                    inputs.add(new Input.FileInput(path, arg));
                }
            } else {
                inputs.add(new Input.Missing(arg, "no such file or directory"));
            }
        }
        return inputs;
    }

    /**
     * The matching files under a folder, following links (a link to a folder is walked; a loop is not followed
     * twice). Broken links, loops and pipes, sockets or devices that match are reported in {@code skipped}: reading a
     * pipe found in a folder would wait for a writer that may never come.
     */
    private List<Path> walk(Path dir, String dirArg, List<Input.Missing> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
                return d.equals(dir) || !isHidden(dir.relativize(d)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attributes) {
                Path relative = dir.relativize(f);
                Path shown = Path.of(displayPath(dirArg, relative));
                if (isHidden(relative) || !matchesAny(includeMatchers, relative, shown) || isExcluded(relative, shown)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isRegularFile()) {
                    files.add(f);
                } else if (attributes.isSymbolicLink()) {
                    skipped.add(new Input.Missing(displayPath(dirArg, relative), "broken symbolic link"));
                } else if (attributes.isOther()) {
                    skipped.add(new Input.Missing(displayPath(dirArg, relative), "not a regular file (a pipe, socket or device), skipped"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    skipped.add(new Input.Missing(displayPath(dirArg, dir.relativize(f)), "symbolic link loop, not followed"));
                    return FileVisitResult.CONTINUE;
                }
                if (f.equals(dir)) {
                    throw e;
                }
                skipped.add(new Input.Missing(displayPath(dirArg, dir.relativize(f)), "cannot read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        skipped.sort(java.util.Comparator.comparing(Input.Missing::displayPath));
        return files;
    }

    /** The same file, whatever the path to it: its real path (links resolved), else its absolute path. */
    private static String identity(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize().toString();
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

    /**
     * A glob without '/' matches the file name; one with '/' the path relative to the folder given, or the path as
     * shown (the folder given and the rest: "articles/drafts/*" for the folder articles).
     */
    private static boolean matchesAny(List<PathMatcher> matchers, Path relative, Path shown) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative) || m.matches(relative.getFileName()) || m.matches(shown)) {
                return true;
            }
        }
        return false;
    }

    /** Excluded as a file, or inside an excluded folder: "drafts" and "drafts/" leave out a folder of that name. */
    private boolean isExcluded(Path relative, Path shown) {
        if (matchesAny(excludeMatchers, relative, shown)) {
            return true;
        }
        Path shownFolder = shown.getParent();
        for (Path folder = relative.getParent(); folder != null; folder = folder.getParent(), shownFolder = shownFolder.getParent()) {
            for (PathMatcher m : excludeMatchers) {
                if (m.matches(folder) || m.matches(folder.getFileName()) || m.matches(shownFolder)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A glob; one starting with "**&#47;" also matches at the top ("**&#47;drafts/**" takes drafts/d.txt). */
    private static PathMatcher matcher(String glob) {
        try {
            String trimmed = glob.endsWith("/") && glob.length() > 1 ? glob.substring(0, glob.length() - 1) : glob;
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + trimmed);
            if (!trimmed.startsWith("**/")) {
                return matcher;
            }
            PathMatcher atTheTop = FileSystems.getDefault().getPathMatcher("glob:" + trimmed.substring(3));
            return path -> matcher.matches(path) || atTheTop.matches(path);
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
