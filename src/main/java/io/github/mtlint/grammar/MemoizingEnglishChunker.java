package io.github.mtlint.grammar;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.TokenTag;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.chunking.ChunkTag;
import org.languagetool.chunking.ChunkTaggedToken;
import org.languagetool.chunking.Chunker;
import org.languagetool.tools.Tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LanguageTool's English chunker ({@code org.languagetool.chunking.EnglishChunker}, 6.8) with the same models, the
 * same steps and the same chunk tags, about twice as fast: its OpenNLP POS tagger and chunker run on
 * {@link MemoizingBeamSearch} instead of OpenNLP's beam search, which re-evaluates the same context for every
 * hypothesis and copies every hypothesis's history. The chunker is a quarter of all the time LanguageTool takes to
 * analyse news text. Should the models ever use a context generator the memoised search does not know, the chunker
 * falls back to OpenNLP's own classes.
 */
final class MemoizingEnglishChunker implements Chunker {

    private static final Object[] NO_ADDITIONAL_CONTEXT = {};
    /** Enough for the vocabulary of a large corpus; beyond it, words are split each time. */
    private static final int MAX_REMEMBERED_WORDS = 200_000;

    private final TokenizerModel tokenModel;
    private final POSModel posModel;
    private final ChunkerModel chunkerModel;
    /** Null when the model is not one {@link MemoizingBeamSearch} reproduces exactly. */
    private final MemoizingBeamSearch<String> posSearch;
    private final MemoizingBeamSearch<TokenTag> chunkSearch;
    /** OpenNLP's split of each word seen, shared by all threads. */
    private final Map<String, String[]> wordSplits = new ConcurrentHashMap<>();

    private MemoizingEnglishChunker(TokenizerModel tokenModel, POSModel posModel, ChunkerModel chunkerModel) {
        this.tokenModel = tokenModel;
        this.posModel = posModel;
        this.chunkerModel = chunkerModel;
        this.posSearch = posModel.getFactory().getPOSContextGenerator(0).getClass() == DefaultPOSContextGenerator.class
                ? memoizable(posModel, posModel.getPosModel(), POSTaggerME.DEFAULT_BEAM_SIZE) : null;
        this.chunkSearch = chunkerModel.getFactory().getContextGenerator().getClass() == DefaultChunkerContextGenerator.class
                ? memoizable(chunkerModel, chunkerModel.getChunkerModel(), ChunkerME.DEFAULT_BEAM_SIZE) : null;
    }

    /** Loaded on first use, as LanguageTool's chunker loads its models; shared, since they are read-only. */
    private static final class Shared {
        static final MemoizingEnglishChunker INSTANCE = load();

        private static MemoizingEnglishChunker load() {
            try (InputStream token = Tools.getStream("/en-token.bin");
                 InputStream pos = Tools.getStream("/en-pos-maxent.bin");
                 InputStream chunker = Tools.getStream("/en-chunker.bin")) {
                return new MemoizingEnglishChunker(new TokenizerModel(token), new POSModel(pos), new ChunkerModel(chunker));
            } catch (IOException e) {
                throw new UncheckedIOException("could not load LanguageTool's English chunker models", e);
            }
        }
    }

    /** Makes {@code language}'s analysis use this chunker instead of LanguageTool's, for every JLanguageTool on it. */
    static void installOn(Language language) {
        LanguageToolInternals.replaceChunker(language, Shared.INSTANCE);
    }

    /** For tests: the chunker itself, models loaded. */
    static MemoizingEnglishChunker shared() {
        return Shared.INSTANCE;
    }

    @Override
    public void addChunkTags(List<AnalyzedTokenReadings> tokenReadings) {
        for (ChunkTaggedToken tagged : LanguageToolInternals.filterChunks(chunkTagsFor(tokenReadings))) {
            if (tagged.getReadings() != null) {
                tagged.getReadings().setChunkTags(tagged.getChunkTags());
            }
        }
    }

    private List<ChunkTaggedToken> chunkTagsFor(List<AnalyzedTokenReadings> tokenReadings) {
        StringBuilder sentence = new StringBuilder();
        for (AnalyzedTokenReadings readings : tokenReadings) {
            sentence.append(readings.getToken());
        }
        String[] tokens = tokenize(sentence.toString());
        String[] posTags = posTag(tokens);
        String[] chunkTags = chunk(tokens, posTags);
        if (tokens.length != posTags.length || tokens.length != chunkTags.length) {
            throw new IllegalStateException("Length of results must be the same: " + tokens.length + ", " + posTags.length
                    + ", " + chunkTags.length);
        }
        Map<Integer, Placed> readingsByStart = readingsByStart(tokenReadings);
        List<ChunkTaggedToken> result = new ArrayList<>(tokens.length);
        int position = 0;
        for (int i = 0; i < tokens.length; i++) {
            int end = position + tokens[i].length();
            Placed placed = readingsByStart.get(position);
            AnalyzedTokenReadings readings = placed != null && placed.end() == end ? placed.readings() : null;
            result.add(new ChunkTaggedToken(tokens[i], Collections.singletonList(new ChunkTag(chunkTags[i])), readings));
            position = end;
        }
        return result;
    }

    /**
     * OpenNLP's tokens for a sentence, as LanguageTool's chunker makes them. OpenNLP's tokenizer splits each
     * whitespace-separated word on its own, looking at nothing but the word, so a word's split is kept and reused:
     * the same words ("China's", "said.", "(Xinhua)") come back in every text.
     */
    String[] tokenize(String sentence) {
        // the type of apostrophe OpenNLP's tokenizer expects
        String text = sentence.replace('’', '\'');
        List<String> tokens = new ArrayList<>();
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String[] split = splitWord(text.substring(word.getStart(), word.getEnd()));
            Collections.addAll(tokens, split);
        }
        return withoutZeroWidthNoBreakSpaces(tokens.toArray(new String[0]));
    }

    private String[] splitWord(String word) {
        String[] split = wordSplits.get(word);
        if (split == null) {
            split = new TokenizerME(tokenModel).tokenize(word);
            if (wordSplits.size() < MAX_REMEMBERED_WORDS) {
                wordSplits.put(word, split);
            }
        }
        return split;
    }

    /**
     * As LanguageTool's chunker does (its workaround for U+FEFF, which confuses the chunker): a token that U+FEFF
     * splits stays whole once for each non-empty piece and adds an empty token for each empty piece.
     */
    private static String[] withoutZeroWidthNoBreakSpaces(String[] tokens) {
        List<String> clean = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            for (String piece : token.split("\uFEFF")) {
                clean.add(piece.isEmpty() ? "" : token);
            }
        }
        return clean.toArray(new String[0]);
    }

    private record Placed(int end, AnalyzedTokenReadings readings) {
    }

    /**
     * LanguageTool's tokens by their start in the sentence without whitespace, where OpenNLP's tokens are placed;
     * only tokens at exactly the same place get a chunk tag, as in LanguageTool.
     */
    private static Map<Integer, Placed> readingsByStart(List<AnalyzedTokenReadings> tokenReadings) {
        Map<Integer, Placed> byStart = new HashMap<>();
        int position = 0;
        for (AnalyzedTokenReadings readings : tokenReadings) {
            String token = readings.getToken();
            if (token.trim().isEmpty() || token.length() == 1 && Character.isSpaceChar(token.charAt(0))) {
                continue;
            }
            byStart.putIfAbsent(position, new Placed(position + token.length(), readings));
            position += token.length();
        }
        return byStart;
    }

    /**
     * The longest run of tokens tagged in one search. A beam search's cost per token grows with the sentence (each
     * hypothesis carries its history), and beyond about 35,000 tokens every hypothesis falls below OpenNLP's lowest
     * score, so that no sequence is left. Longer sentences (tables or lists without full stops) are tagged in
     * pieces of this many tokens; news sentences are far shorter and are tagged whole, as before.
     */
    static final int MAX_TOKENS_PER_SEARCH = 1_000;

    /** OpenNLP's POS tags for OpenNLP's tokens, as {@code POSTaggerME#tag} gives them (in pieces beyond the limit). */
    String[] posTag(String[] tokens) {
        if (tokens.length <= MAX_TOKENS_PER_SEARCH) {
            return posTagWhole(tokens);
        }
        String[] tags = new String[tokens.length];
        for (int from = 0; from < tokens.length; from += MAX_TOKENS_PER_SEARCH) {
            int to = Math.min(tokens.length, from + MAX_TOKENS_PER_SEARCH);
            System.arraycopy(posTagWhole(Arrays.copyOfRange(tokens, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    /** OpenNLP's chunk tags, as {@code ChunkerME#chunk} gives them (in pieces beyond the limit). */
    String[] chunk(String[] tokens, String[] posTags) {
        if (tokens.length <= MAX_TOKENS_PER_SEARCH) {
            return chunkWhole(tokens, posTags);
        }
        String[] chunks = new String[tokens.length];
        for (int from = 0; from < tokens.length; from += MAX_TOKENS_PER_SEARCH) {
            int to = Math.min(tokens.length, from + MAX_TOKENS_PER_SEARCH);
            System.arraycopy(chunkWhole(Arrays.copyOfRange(tokens, from, to), Arrays.copyOfRange(posTags, from, to)), 0,
                    chunks, from, to - from);
        }
        return chunks;
    }

    private String[] posTagWhole(String[] tokens) {
        if (posSearch == null) {
            return new POSTaggerME(posModel).tag(tokens);
        }
        // POSTaggerME sizes its context generator's cache by the beam
        return posSearch.bestOutcomes(tokens, NO_ADDITIONAL_CONTEXT, posModel.getFactory().getPOSContextGenerator(posSearch.size()),
                posModel.getFactory().getSequenceValidator());
    }

    private String[] chunkWhole(String[] tokens, String[] posTags) {
        if (chunkSearch == null) {
            return new ChunkerME(chunkerModel).chunk(tokens, posTags);
        }
        return chunkSearch.bestOutcomes(TokenTag.create(tokens, posTags), NO_ADDITIONAL_CONTEXT,
                chunkerModel.getFactory().getContextGenerator(), chunkerModel.getFactory().getSequenceValidator());
    }

    private static <T> MemoizingBeamSearch<T> memoizable(BaseModel model, MaxentModel maxent, int defaultBeamSize) {
        return maxent == null ? null : new MemoizingBeamSearch<>(beamSize(model, defaultBeamSize), maxent);
    }

    /** The beam size OpenNLP's tagger or chunker would use with this model. */
    private static int beamSize(BaseModel model, int defaultBeamSize) {
        String configured = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return configured == null ? defaultBeamSize : Integer.parseInt(configured);
    }
}
