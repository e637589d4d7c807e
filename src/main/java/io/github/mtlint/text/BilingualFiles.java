package io.github.mtlint.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads the bilingual files mtlint knows, picked by extension: XLIFF ({@code .xlf}, {@code .xliff}), TMX, TSV. */
public final class BilingualFiles {

    private BilingualFiles() {
    }

    /** The format a file's extension names, if it is one of the bilingual ones. */
    public static Optional<String> extension(Path file) {
        return extension(file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /** The format the extension of a name or path ({@code a/b.xlf}) names, if it is one of the bilingual ones. */
    public static Optional<String> extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "xlf", "xliff", "tmx", "tsv" -> Optional.of(extension);
            default -> Optional.empty();
        };
    }

    public static boolean isBilingual(Path file) {
        return extension(file).isPresent();
    }

    /**
     * A bilingual file already in memory (a Spark job's file, a request's body), read as {@link #read(Path, String)}
     * reads one from disk; its format is the one its name's extension names.
     *
     * @throws UnreadableInputException as {@link #read(Path, String)}
     */
    public static BilingualFile read(byte[] content, String displayPath) throws UnreadableInputException {
        String extension = extension(displayPath).orElseThrow(() -> new IllegalArgumentException("not a bilingual file: " + displayPath));
        try {
            if (extension.equals("tsv")) {
                return TsvReader.read(new DocumentReader().decode(content, displayPath).text());
            }
            return readXml(extension, new java.io.ByteArrayInputStream(content));
        } catch (XMLStreamException e) {
            throw new UnreadableInputException(displayPath, SafeXml.describe(e));
        } catch (BadFileException e) {
            throw new UnreadableInputException(displayPath, e.getMessage());
        }
    }

    /**
     * @throws UnreadableInputException with {@code line:column: reason} for malformed XML, a refused DOCTYPE, an
     *                                  unknown version or a TSV line without its tab
     */
    public static BilingualFile read(Path file, String displayPath) throws UnreadableInputException {
        String extension = extension(file).orElseThrow(() -> new IllegalArgumentException("not a bilingual file: " + file));
        try {
            if (extension.equals("tsv")) {
                return TsvReader.read(new DocumentReader().read(file, displayPath).text());
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return readXml(extension, in);
            }
        } catch (XMLStreamException e) {
            throw new UnreadableInputException(displayPath, SafeXml.describe(e));
        } catch (BadFileException e) {
            throw new UnreadableInputException(displayPath, e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(displayPath, "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(displayPath, "permission denied");
        } catch (IOException e) {
            throw new UnreadableInputException(displayPath, "cannot read: " + e.getMessage());
        }
    }

    /** An XLIFF or TMX file (by its extension) from a stream, through the one safe StAX set-up. */
    private static BilingualFile readXml(String extension, InputStream in) throws XMLStreamException, BadFileException {
        XMLStreamReader reader = SafeXml.open(in);
        try {
            return extension.equals("tmx") ? TmxReader.read(reader) : XliffReader.read(reader);
        } finally {
            reader.close();
        }
    }
}
