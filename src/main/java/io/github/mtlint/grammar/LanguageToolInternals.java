package io.github.mtlint.grammar;

import io.github.mtlint.model.Deadline;
import morfologik.stemming.Dictionary;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.chunking.ChunkTaggedToken;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunkFilterAccess;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point to LanguageTool beyond its public API: whatever mtlint relies on that LanguageTool does not
 * promise is here, and the upgrade checklist (docs/ARCHITECTURE.md, "Upgrading LanguageTool") goes through it.
 * <ul>
 * <li>{@link CheckingLanguageTool}: a {@code JLanguageTool} calling its protected {@code analyzeSentences} and
 *     {@code checkInternal}, to analyse a text once and run the rule matching on that analysis;</li>
 * <li>{@link #replaceChunker}: {@code Language.setChunker}, which puts {@link MemoizingEnglishChunker} in the place of
 *     LanguageTool's English chunker;</li>
 * <li>{@link #filterChunks}: LanguageTool's package-private {@code EnglishChunkFilter}, opened by
 *     {@code org.languagetool.chunking.EnglishChunkFilterAccess}, the one class mtlint puts in LanguageTool's package.</li>
 * <li>{@link #builtSpellerDictionaries}: {@code MorfologikMultiSpeller}'s private table of the automata it built from
 *     word lists, which {@link SpellerAutomataCache} reads and fills.</li>
 * </ul>
 */
final class LanguageToolInternals {

    private LanguageToolInternals() {
    }

    /** LanguageTool's own singular/plural noun-phrase filter over chunk tags. */
    static List<ChunkTaggedToken> filterChunks(List<ChunkTaggedToken> tokens) {
        return EnglishChunkFilterAccess.filter(tokens);
    }

    /**
     * LanguageTool's table of the spellers' automata it built from word lists, under its keys ({@code word lists|metadata
     * file}), which it fills and reads with no lock: only the thread that loads the speller, before any other uses it,
     * touches it. Nothing when this LanguageTool has no such table.
     */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Dictionary>> builtSpellerDictionaries() {
        try {
            Field table = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
            table.setAccessible(true);
            return table.get(null) instanceof Map<?, ?> map ? Optional.of((Map<String, Dictionary>) map) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return Optional.empty();
        }
    }

    /** Makes {@code language}'s analysis use {@code chunker} instead of LanguageTool's, for every JLanguageTool on it. */
    static void replaceChunker(Language language, Chunker chunker) {
        // Language.getChunker() reads the field under this lock, so every worker thread sees the new chunker
        synchronized (language) {
            language.setChunker(chunker);
        }
    }

    /**
     * LanguageTool with its two halves opened up: analyse sentences once, then run the rule matching over
     * that same analysis (plain {@code check()} would tokenise and tag the text a second time). One instance
     * per worker thread: JLanguageTool is not thread-safe.
     */
    static final class CheckingLanguageTool extends JLanguageTool {

        /** The characters {@link AnnotatedTextBuilder#addText} hides: soft hyphen, left-to-right override, pop. */
        private static final String HIDDEN_BY_ADD_TEXT = "\u00AD\u202D\u202C";

        CheckingLanguageTool(Language language) {
            super(language);
            // LanguageTool stops its rule matching when the document's time budget is spent
            setCheckCancelledCallback(Deadline::passed);
        }

        private CheckingLanguageTool(Language language, List<Rule> rules) {
            super(language, List.of(), null, null, null, null, true, false, rules);
            setCheckCancelledCallback(Deadline::passed);
        }

        /**
         * One that analyses and has no rules: LanguageTool's constructor reads the rule files (most of its load), which
         * analysing does not need, so a worker can analyse while they still load.
         */
        static CheckingLanguageTool forAnalysis(Language language) {
            return new CheckingLanguageTool(language, List.of());
        }

        /** Tokenises, tags and disambiguates one paragraph's sentences; the last is marked as the paragraph end. */
        List<AnalyzedSentence> analyzeParagraph(List<String> sentences) throws IOException {
            return analyzeSentences(sentences);
        }

        /** LanguageTool's complete rule matching and match filtering over an existing analysis of {@code text}. */
        List<RuleMatch> check(String text, List<String> sentenceTexts, List<AnalyzedSentence> sentences) throws IOException {
            return checkInternal(asIs(text), ParagraphHandling.NORMAL, null,
                    Mode.ALL, Level.DEFAULT, null, sentenceTexts, sentences).getRuleMatches();
        }

        /**
         * The text as LanguageTool's annotated text, every character kept. {@code addText} would turn soft hyphens and
         * direction overrides into markup, leaving a plain text shorter than the sentences analysed from it, and every
         * match after such a character one position off; as markup read as itself, each keeps its place.
         */
        private static AnnotatedText asIs(String text) {
            AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (HIDDEN_BY_ADD_TEXT.indexOf(text.charAt(i)) >= 0) {
                    if (i > start) {
                        builder.addText(text.substring(start, i));
                    }
                    String hidden = text.substring(i, i + 1);
                    builder.addMarkup(hidden, hidden);
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                builder.addText(text.substring(start));
            }
            return builder.build();
        }
    }
}
