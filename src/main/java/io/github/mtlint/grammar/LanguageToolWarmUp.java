package io.github.mtlint.grammar;

import io.github.mtlint.model.EnglishVariant;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
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

    private static final Map<EnglishVariant, CompletableFuture<Void>> LOADS = new ConcurrentHashMap<>();

    private LanguageToolWarmUp() {
    }

    /** Starts loading {@code variant} in the background, unless it is loading or loaded already. */
    public static void start(EnglishVariant variant) {
        loading(variant);
    }

    private static CompletableFuture<Void> loading(EnglishVariant variant) {
        return LOADS.computeIfAbsent(variant, v -> {
            CompletableFuture<Void> load = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    load(v);
                    load.complete(null);
                } catch (RuntimeException | Error e) {
                    load.completeExceptionally(e);
                }
            }, "mtlint-languagetool-load-" + v.code());
            thread.setDaemon(true);
            thread.start();
            return load;
        });
    }

    /** {@code variant}'s language, with mtlint's chunker, once LanguageTool's shared data for it is loaded. */
    static Language loaded(EnglishVariant variant) {
        try {
            loading(variant).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return Languages.getLanguageForShortCode(variant.code());
    }

    private static void load(EnglishVariant variant) {
        Language language = Languages.getLanguageForShortCode(variant.code());
        MemoizingEnglishChunker.installOn(language);
        try {
            // one sentence through every stage; the speller loads its dictionaries on its first word
            new JLanguageTool(language).check("The committee met on Monday.");
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not load " + variant.code(), e);
        }
    }
}
