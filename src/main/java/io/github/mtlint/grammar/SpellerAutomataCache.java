package io.github.mtlint.grammar;

import io.github.mtlint.model.UserCache;
import morfologik.fsa.builders.FSA5Serializer;
import morfologik.stemming.Dictionary;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * LanguageTool builds its spellers' automata from its word lists (spelling.txt and the others, merged, sorted and
 * compacted) on every start: half a second of processor time of a cold one-article check, on the path every check
 * waits for. This keeps the built automata in the user's cache folder and gives them to LanguageTool before its
 * speller loads, so that later runs read 400 KB instead. They go in LanguageTool's own table of built dictionaries,
 * under its own keys, so its speller finds them as if it had built them in this JVM; they are the same automata,
 * written in the simpler FSA5 format, which reads faster and accepts and suggests the same words.
 * <p>
 * A cache file belongs to one LanguageTool version and variety and to the jars that hold LanguageTool, its English
 * data and the automaton library (their paths, sizes and times make its name), is written whole or not at all, and
 * ends in a checksum. Anything that does not fit (another format, a damaged file, a LanguageTool without that table)
 * is ignored, and LanguageTool builds the automata as it always does.
 */
final class SpellerAutomataCache {

    private static final String PREFIX = "spellers-";
    private static final String SUFFIX = ".bin";
    /** Files kept: two varieties for each of a few mtlint versions used in turn. */
    static final int FILES_KEPT = 6;
    private static final int MAGIC = 0x6d74_7370;
    private static final int FORMAT = 1;

    private final Path file;

    private SpellerAutomataCache(Path file) {
        this.file = file;
    }

    /**
     * The cache file of {@code language} in {@code folder}, or nothing when LanguageTool's classes or data do not come
     * from jars (a build's class folders change without a trace in their size or time) or the folder cannot be made.
     */
    static Optional<SpellerAutomataCache> of(Path folder, Language language) {
        try {
            List<Path> jars = new ArrayList<>();
            for (Class<?> part : List.of(JLanguageTool.class, language.getClass(), Dictionary.class, FSA5Serializer.class)) {
                Optional<Path> jar = jarOf(part);
                if (jar.isEmpty()) {
                    return Optional.empty();
                }
                if (!jars.contains(jar.get())) {
                    jars.add(jar.get());
                }
            }
            String identity = "speller automata " + FORMAT + '\n' + JLanguageTool.VERSION + '\n' + language.getShortCodeWithCountryAndVariant();
            Files.createDirectories(folder);
            return Optional.of(new SpellerAutomataCache(folder.resolve(PREFIX + UserCache.key(identity, jars) + SUFFIX)));
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    private static Optional<Path> jarOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException notAFile) {
            return Optional.empty();
        }
    }

    Path file() {
        return file;
    }

    /**
     * Gives LanguageTool the automata of the cache file, before its speller loads; false when there are none to give
     * (no file yet, or one that does not fit), and then {@link #save} should follow the load.
     */
    boolean restore() {
        Optional<Map<String, Dictionary>> built = LanguageToolInternals.builtSpellerDictionaries();
        if (built.isEmpty() || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            Map<String, Dictionary> read = read(Files.readAllBytes(file));
            if (read.isEmpty()) {
                return false;
            }
            read.forEach(built.get()::putIfAbsent);
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Writes the automata LanguageTool has built, once its speller has loaded; a run that cannot write goes on without. */
    void save() {
        Optional<Map<String, Dictionary>> built = LanguageToolInternals.builtSpellerDictionaries();
        if (built.isEmpty()) {
            return;
        }
        Path writing = UserCache.writingFile(file);
        try {
            UserCache.deleteAbandoned(file.getParent(), PREFIX);
            Map<String, Dictionary> automata = new LinkedHashMap<>(built.get());
            if (automata.isEmpty()) {
                return;
            }
            Files.write(writing, write(automata));
            // atomically, so that a run starting meanwhile reads a whole file or none
            Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            UserCache.keepNewest(file.getParent(), PREFIX, SUFFIX, FILES_KEPT);
        } catch (IOException | RuntimeException notWritten) {
            UserCache.deleteQuietly(writing);
        }
    }

    /**
     * Each automaton under LanguageTool's key ({@code word lists|metadata file}), with its metadata file's bytes, in FSA5;
     * then the CRC-32 of all that.
     */
    static byte[] write(Map<String, Dictionary> automata) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(automata.size());
        for (Map.Entry<String, Dictionary> automaton : automata.entrySet()) {
            byte[] metadata = metadataBytes(automaton.getKey());
            byte[] fsa = new FSA5Serializer().serialize(automaton.getValue().fsa, new ByteArrayOutputStream()).toByteArray();
            out.writeUTF(automaton.getKey());
            out.writeInt(metadata.length);
            out.write(metadata);
            out.writeInt(fsa.length);
            out.write(fsa);
        }
        CRC32 checksum = new CRC32();
        checksum.update(bytes.toByteArray());
        out.writeLong(checksum.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    /** The automata of a cache file's bytes; throws {@link IOException} on a file that is not one, or not whole. */
    static Map<String, Dictionary> read(byte[] bytes) throws IOException {
        if (bytes.length < Long.BYTES + 3 * Integer.BYTES) {
            throw new IOException("too short");
        }
        CRC32 checksum = new CRC32();
        checksum.update(bytes, 0, bytes.length - Long.BYTES);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a cache file of this format");
        }
        if (ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() != checksum.getValue()) {
            throw new IOException("checksum mismatch");
        }
        int count = in.readInt();
        Map<String, Dictionary> automata = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            byte[] metadata = in.readNBytes(in.readInt());
            byte[] fsa = in.readNBytes(in.readInt());
            automata.put(key, Dictionary.read(new ByteArrayInputStream(fsa), new ByteArrayInputStream(metadata)));
        }
        return automata;
    }

    /** The metadata file named after the key's last {@code |}, found where LanguageTool looks for it. */
    private static byte[] metadataBytes(String key) throws IOException {
        String infoPath = key.substring(key.lastIndexOf('|') + 1);
        Path asFile = Path.of(infoPath);
        if (Files.isRegularFile(asFile)) {
            return Files.readAllBytes(asFile);
        }
        try (InputStream resource = JLanguageTool.getDataBroker().getFromResourceDirAsStream(infoPath)) {
            return resource.readAllBytes();
        }
    }
}
