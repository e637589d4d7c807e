package io.github.mtlint.grammar;

import io.github.mtlint.model.EnglishVariant;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads what LanguageTool keeps for all its instances of a variety (rule files, tagger and speller dictionaries,
 * chunker models: a few seconds) once, in the background, as soon as a run knows it will need it. The run meanwhile
 * reads its own rules and lexicon; and worker threads that want the same variety wait for this one load instead of
 * each doing it at the same time, which LanguageTool's caches do not prevent.
 */
public final class LanguageToolWarmUp {

    private static final Map<EnglishVariant, Load> LOADS = new ConcurrentHashMap<>();

    private static final String LOAD_THREAD = "mtlint-languagetool-load-";

    /**
     * A variety's load in two stages: what analysing a text needs (tokenisers, tagger, disambiguator, mtlint's chunker),
     * then everything (the rules, the spellers). A worker analyses its first document while the rules still load.
     */
    private record Load(CompletableFuture<Language> analysis, CompletableFuture<Void> complete) {
    }

    private LanguageToolWarmUp() {
    }

    /** Starts loading {@code variant} in the background, unless it is loading or loaded already. */
    public static void start(EnglishVariant variant) {
        start(variant, Optional.empty());
    }

    /**
     * As {@link #start(EnglishVariant)}, taking the spellers' automata from {@code cacheFolder} if they are there, and
     * keeping them there for the next run if not ({@link SpellerAutomataCache}).
     */
    public static void start(EnglishVariant variant, Optional<Path> cacheFolder) {
        LOADS.computeIfAbsent(variant, v -> {
            CompletableFuture<Language> analysis = new CompletableFuture<>();
            return new Load(analysis, inBackground(LOAD_THREAD + v.code(), () -> load(v, cacheFolder, analysis)));
        });
    }

    private static Load loading(EnglishVariant variant) {
        start(variant);
        return LOADS.get(variant);
    }

    /** {@code variant}'s language, with mtlint's chunker, once LanguageTool's shared data for it is loaded. */
    static Language loaded(EnglishVariant variant) {
        join(loading(variant).complete());
        return Languages.getLanguageForShortCode(variant.code());
    }

    /** {@code variant}'s language once what analysing a text needs is loaded; its rules may still be loading. */
    static Language analyzable(EnglishVariant variant) {
        return join(loading(variant).analysis());
    }

    private static void load(EnglishVariant variant, Optional<Path> cacheFolder, CompletableFuture<Language> analysis) {
        try {
            Language language = Languages.getLanguageForShortCode(variant.code());
            // LanguageTool loads each part on its first use, one after another. The slowest independent ones (the
            // chunker's models, the spellers' automata, the multi-word lists) load on threads of their own while this
            // one reads the rule files; each part is filled by its thread alone, and used only once its future is done.
            CompletableFuture<Void> chunker = inBackground(LOAD_THREAD + variant.code() + "-chunker",
                    () -> MemoizingEnglishChunker.installOn(language));
            CompletableFuture<Void> disambiguator = inBackground(LOAD_THREAD + variant.code() + "-disambiguator",
                    () -> language.getDisambiguator().disambiguate(emptySentence()));
            CompletableFuture<Void> spellers = inBackground(LOAD_THREAD + variant.code() + "-spellers",
                    () -> loadSpellers(language, cacheFolder));
            // LanguageTool's tokenisers and tagger load on first use, under its locks: whichever thread comes first
            CompletableFuture.allOf(chunker, disambiguator).whenComplete((ready, failed) -> {
                if (failed == null) {
                    analysis.complete(language);
                } else {
                    analysis.completeExceptionally(failed);
                }
            });
            JLanguageTool languageTool = new JLanguageTool(language);
            List.of(chunker, disambiguator, spellers).forEach(LanguageToolWarmUp::join);
            // one sentence through every stage
            languageTool.check("The committee met on Monday.");
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("LanguageTool could not load " + variant.code(), e);
            analysis.completeExceptionally(failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            analysis.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The speller loads its dictionaries on its first word; the multi-word speller, which LanguageTool's match filter
     * asks on a document's first misspelling, on first use.
     */
    private static void loadSpellers(Language language, Optional<Path> cacheFolder) throws IOException {
        Optional<SpellerAutomataCache> cache = cacheFolder.flatMap(folder -> SpellerAutomataCache.of(folder, language));
        boolean restored = cache.map(SpellerAutomataCache::restore).orElse(false);
        SpellingCheckRule speller = language.getDefaultSpellingRule();
        if (speller != null) {
            speller.isMisspelled("committee");
        }
        language.getMultitokenSpeller();
        if (!restored) {
            cache.ifPresent(SpellerAutomataCache::save);
        }
    }

    /** A sentence of the sentence-start token alone: enough for the disambiguator to load its word lists. */
    private static AnalyzedSentence emptySentence() {
        return new AnalyzedSentence(new AnalyzedTokenReadings[] {
                new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0)});
    }

    private interface LoadStep {
        void run() throws IOException;
    }

    /** Runs the step on a daemon thread of that name; the future completes when it is done, or with what it threw. */
    private static CompletableFuture<Void> inBackground(String threadName, LoadStep step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                step.run();
                done.complete(null);
            } catch (IOException | RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException r ? r : e;
        }
    }
}
