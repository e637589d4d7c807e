package io.github.mtlint.glossary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads glossary files by their extension: {@code .tbx} (TBX 2 martif or TBX v3), {@code .csv}, {@code .tsv}. */
public final class GlossaryReader {

    private GlossaryReader() {
    }

    public static Glossary read(List<Path> files) throws GlossaryException {
        List<Concept> concepts = new ArrayList<>();
        for (Path file : files) {
            concepts.addAll(read(file));
        }
        return new Glossary(concepts);
    }

    public static List<Concept> read(Path file) throws GlossaryException {
        if (!Files.isRegularFile(file)) {
            throw new GlossaryException(file.toString(), "no such glossary file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return TbxReader.read(file);
        }
        if (name.endsWith(".csv")) {
            return DelimitedGlossaryReader.read(file, ',');
        }
        if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            return DelimitedGlossaryReader.read(file, '\t');
        }
        throw new GlossaryException(file.toString(), "unknown glossary format: expected .tbx, .csv or .tsv");
    }
}
