package io.github.mtlint.text;

import io.github.mtlint.text.Input.FileInput;
import io.github.mtlint.text.Input.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gives each input the source it was translated from. {@code NAME.zh.txt} (any non-English BCP-47 tag) beside
 * {@code NAME.txt} or {@code NAME.en.txt} is its source; {@code --source FILE} pairs the one target, {@code --source
 * DIR} a parallel tree. Tagged source files are never checked as English: one without a translation is reported.
 */
public final class SourceFinder {

    private final Path explicitSource;
    private final String languageOverride;
    private final Map<Path, List<Path>> listings = new HashMap<>();

    /**
     * @param explicitSource   {@code --source}: a file for a single input, or a folder parallel to the inputs; or null
     * @param languageOverride {@code --source-lang}, or null to take the tag from the file name (else the script)
     */
    public SourceFinder(Path explicitSource, String languageOverride) {
        this.explicitSource = explicitSource;
        this.languageOverride = languageOverride;
    }

    /**
     * @param inputs    what the collector found, in order
     * @param arguments the paths as given, to map a folder argument onto the parallel source folder
     * @throws IllegalArgumentException when {@code --source} names a file but there is more than one input
     */
    public List<Input> pair(List<Input> inputs, List<String> arguments) {
        boolean sourceIsFile = explicitSource != null && !Files.isDirectory(explicitSource);
        if (sourceIsFile) {
            long targets = inputs.stream().filter(i -> !(i instanceof Input.Missing) && !isTaggedSource(i)).count();
            if (targets != 1) {
                throw new IllegalArgumentException("--source names a file, so it pairs exactly one input, but there are "
                        + targets + "; give a folder parallel to the inputs instead");
            }
        }
        Map<Path, Input> unpairedSources = new LinkedHashMap<>();
        List<Input> paired = new ArrayList<>(inputs.size());
        List<Path> used = new ArrayList<>();
        for (Input input : inputs) {
            if (input instanceof FileInput f && BilingualFiles.isBilingual(f.file())) {
                paired.add(input); // a bilingual file carries its own source
                continue;
            }
            if (input instanceof FileInput f && isTaggedSource(f) && explicitSource == null) {
                unpairedSources.put(f.file().toAbsolutePath().normalize(), input);
                continue;
            }
            Optional<SourceRef> source = sourceOf(input, arguments, sourceIsFile);
            source.ifPresent(s -> used.add(s.file().toAbsolutePath().normalize()));
            paired.add(source.map(s -> withSource(input, s)).orElse(input));
        }
        used.forEach(unpairedSources::remove);
        for (Input orphan : unpairedSources.values()) {
            FileInput f = (FileInput) orphan;
            paired.add(new Input.Missing(f.displayPath(), SourceLanguages.parse(f.file()).orElseThrow().withoutTranslation()));
        }
        return paired;
    }

    private static boolean isTaggedSource(Input input) {
        return input instanceof FileInput f && SourceLanguages.isSourceFile(f.file());
    }

    private static Input withSource(Input input, SourceRef source) {
        if (input instanceof FileInput f) {
            return f.withSource(source);
        }
        return input instanceof Input.StandardInput ? new Input.StandardInput(source) : input;
    }

    private Optional<SourceRef> sourceOf(Input input, List<String> arguments, boolean sourceIsFile) {
        if (sourceIsFile) {
            if (input instanceof Input.Missing) {
                return Optional.empty();
            }
            return Optional.of(ref(explicitSource, explicitSource.toString()));
        }
        if (!(input instanceof FileInput f)) {
            return Optional.empty();
        }
        if (explicitSource != null) {
            return parallel(f, arguments);
        }
        return sibling(f.file(), f.file().getParent()).map(file -> ref(file, siblingDisplay(f.displayPath(), file)));
    }

    /** In the --source folder: the same relative path, or the same name with a language tag. */
    private Optional<SourceRef> parallel(FileInput target, List<String> arguments) {
        Path relative = null;
        for (String argument : arguments) {
            Path root = Path.of(argument).toAbsolutePath().normalize();
            Path file = target.file().toAbsolutePath().normalize();
            if (!file.equals(root) && file.startsWith(root)) {
                relative = root.relativize(file);
                break;
            }
        }
        if (relative == null) {
            relative = target.file().getFileName();
        }
        Path candidate = explicitSource.resolve(relative);
        Path folder = candidate.getParent();
        String display = explicitSource.resolve(relative).toString().replace('\\', '/');
        if (Files.isRegularFile(candidate)) {
            return Optional.of(ref(candidate, display));
        }
        return sibling(candidate, folder).map(file -> ref(file, siblingDisplay(display, file)));
    }

    /** {@code NAME.<tag>.ext} beside {@code NAME.ext} or {@code NAME.en.ext}; the first by name when several are. */
    private Optional<Path> sibling(Path target, Path folder) {
        String base;
        String extension;
        Optional<SourceLanguages.TaggedName> tagged = SourceLanguages.parse(target);
        String name = target.getFileName().toString();
        if (tagged.isPresent() && tagged.get().isEnglish()) {
            base = tagged.get().base();
            extension = tagged.get().extension();
        } else if (tagged.isEmpty() && name.lastIndexOf('.') > 0) {
            base = name.substring(0, name.lastIndexOf('.'));
            extension = name.substring(name.lastIndexOf('.') + 1);
        } else {
            return Optional.empty();
        }
        for (Path candidate : listing(folder == null ? Path.of("") : folder)) {
            Optional<SourceLanguages.TaggedName> t = SourceLanguages.parse(candidate);
            if (t.isPresent() && !t.get().isEnglish() && t.get().base().equals(base) && t.get().extension().equals(extension)) {
                return Optional.of(folder == null ? candidate.getFileName() : candidate);
            }
        }
        return Optional.empty();
    }

    private List<Path> listing(Path folder) {
        return listings.computeIfAbsent(folder.toAbsolutePath().normalize(), key -> {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    private SourceRef ref(Path file, String display) {
        String language = languageOverride;
        if (language == null) {
            language = SourceLanguages.parse(file).filter(t -> !t.isEnglish()).map(SourceLanguages.TaggedName::tag).orElse(null);
        }
        return new SourceRef(file, display, language);
    }

    private static String siblingDisplay(String targetDisplay, Path sourceFile) {
        int slash = targetDisplay.lastIndexOf('/');
        String name = sourceFile.getFileName().toString();
        return slash < 0 ? name : targetDisplay.substring(0, slash + 1) + name;
    }
}
