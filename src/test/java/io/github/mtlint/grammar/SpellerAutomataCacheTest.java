package io.github.mtlint.grammar;

import io.github.mtlint.model.EnglishVariant;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpellerAutomataCacheTest {

    /** Words LanguageTool's word lists add to the speller, words they do not, and misspellings near both. */
    private static final List<String> WORDS = List.of("committee", "Mirziyoyev", "Tokayev", "Shavkat", "Astana",
            "LanguageTool", "COVID-19", "coronavirus", "Huning", "Xinhua", "Kyrgyzstan", "Tajikistan", "Turkmenistan",
            "commitee", "Mirziyoev", "Tokaev", "Kyrgystan", "Tajikstan", "Fridya", "goverment", "recieve", "Beijng",
            "Xi", "Jinping", "zzzqx", "the", "Uzbekistan", "Uzbekstan", "multilateralism", "multilaterallism");

    private static Map<String, Dictionary> built;

    @BeforeAll
    static void loadTheSpeller() {
        LanguageToolWarmUp.loaded(EnglishVariant.US);
        built = new HashMap<>(LanguageToolInternals.builtSpellerDictionaries().orElseThrow());
        assertFalse(built.isEmpty(), "LanguageTool built no speller automaton from its word lists");
    }

    private static Language english() {
        return LanguageToolWarmUp.loaded(EnglishVariant.US);
    }

    @Test
    void aCachedAutomatonAcceptsAndSuggestsWhatLanguageToolsOwnDoes() throws IOException {
        Map<String, Dictionary> read = SpellerAutomataCache.read(SpellerAutomataCache.write(built));
        assertEquals(built.keySet(), read.keySet());
        for (String key : built.keySet()) {
            for (int distance = 1; distance <= 3; distance++) {
                Speller original = new Speller(built.get(key), distance);
                Speller cached = new Speller(read.get(key), distance);
                for (String word : WORDS) {
                    assertEquals(original.isInDictionary(word), cached.isInDictionary(word), word);
                    assertEquals(original.findReplacements(word), cached.findReplacements(word), word + " at " + distance);
                    assertEquals(original.getAllReplacements(word, 0, 1), cached.getAllReplacements(word, 0, 1), word);
                }
            }
        }
    }

    @Test
    void theFirstRunWritesTheFileAndLaterRunsReadIt(@TempDir Path folder) throws IOException {
        SpellerAutomataCache cache = SpellerAutomataCache.of(folder, english()).orElseThrow();
        assertFalse(cache.restore(), "nothing to restore before the first run");
        cache.save();
        assertTrue(Files.isRegularFile(cache.file()));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(cache.file()), files.toList(), "no file left half written");
        }
        SpellerAutomataCache later = SpellerAutomataCache.of(folder, english()).orElseThrow();
        assertEquals(cache.file(), later.file());
        assertTrue(later.restore());
    }

    @Test
    void aDamagedOrForeignFileIsIgnored(@TempDir Path folder) throws IOException {
        SpellerAutomataCache cache = SpellerAutomataCache.of(folder, english()).orElseThrow();
        cache.save();
        byte[] whole = Files.readAllBytes(cache.file());

        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x10;
        assertThrows(IOException.class, () -> SpellerAutomataCache.read(flipped));
        Files.write(cache.file(), flipped);
        assertFalse(cache.restore());

        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 100);
        assertThrows(IOException.class, () -> SpellerAutomataCache.read(cut));
        assertThrows(IOException.class, () -> SpellerAutomataCache.read(new byte[3]));
        Files.writeString(cache.file(), "not a cache file, but long enough to be read as one");
        assertFalse(cache.restore());
    }

    @Test
    void eachVarietyHasAFileOfItsOwn(@TempDir Path folder) {
        Path american = SpellerAutomataCache.of(folder, english()).orElseThrow().file();
        Path british = SpellerAutomataCache.of(folder, LanguageToolWarmUp.loaded(EnglishVariant.GB)).orElseThrow().file();
        assertNotEquals(american, british);
        assertEquals(Optional.of(american), SpellerAutomataCache.of(folder, english()).map(SpellerAutomataCache::file));
    }

    @Test
    void aFolderThatCannotBeMadeMeansNoCache(@TempDir Path folder) throws IOException {
        Path aFile = Files.writeString(folder.resolve("file"), "x");
        assertTrue(SpellerAutomataCache.of(aFile.resolve("cache"), english()).isEmpty());
    }
}
