package io.github.mtlint.grammar;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.chunking.ChunkTag;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunker;
import org.languagetool.tools.Tools;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** mtlint's chunker must give exactly LanguageTool's chunk tags, and its steps exactly OpenNLP's tokens and tags. */
class MemoizingEnglishChunkerTest {

    /** Sentences that stress the tokenizer mapping and the search: apostrophes, U+FEFF, spaces, one token, none. */
    private static final List<String> EDGE_CASES = List.of(
            "", ".", "Xinhua", "I'll go, won't I?", "The president’s visit wasn’t cancelled.",
            "The com\uFEFFmittee met\uFEFF on Monday.", "\uFEFF", "Trade rose 12.5 per cent to $3.2 billion in 2021.",
            "THE MEETING WAS FRUITFUL AND FRUITFUL.", "Prices\u00A0rose\u2009sharply — again.",
            "the the the the the the the the the the the the the the the the the the the the the the",
            "On 14 September, Xi Jinping arrived in Samarkand, Uzbekistan, for the 22nd meeting of the Council of "
                    + "Heads of State of the Shanghai Cooperation Organisation (SCO), and held talks with Shavkat "
                    + "Mirziyoyev, Kassym-Jomart Tokayev, Sadyr Japarov, Emomali Rahmon and Serdar Berdimuhamedov, "
                    + "who said that the two sides would deepen cooperation in trade, energy, transport and culture.");

    private static JLanguageTool languageTool;
    private static List<String> sentences;

    @BeforeAll
    static void sentences() throws Exception {
        languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        sentences = new ArrayList<>(EDGE_CASES);
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sentences.addAll(languageTool.sentenceTokenize(Files.readString(sample)));
            }
        }
        assertTrue(sentences.size() > 150, "too few sentences to compare: " + sentences.size());
    }

    @Test
    void givesLanguageToolsChunkTagsForEverySentence() throws Exception {
        Chunker languageTools = new EnglishChunker();
        Chunker mtlints = MemoizingEnglishChunker.shared();
        for (String sentence : sentences) {
            AnalyzedSentence analyzed = languageTool.getRawAnalyzedSentence(sentence);
            List<AnalyzedTokenReadings> tokens = Arrays.asList(analyzed.getTokens());
            assertEquals(chunkTags(languageTools, tokens), chunkTags(mtlints, tokens), sentence);
        }
    }

    @Test
    void tokenizesTagsAndChunksAsOpenNlpDoes() throws Exception {
        MemoizingEnglishChunker chunker = MemoizingEnglishChunker.shared();
        TokenizerModel tokenModel;
        POSModel posModel;
        ChunkerModel chunkerModel;
        try (InputStream token = Tools.getStream("/en-token.bin"); InputStream pos = Tools.getStream("/en-pos-maxent.bin");
             InputStream chunks = Tools.getStream("/en-chunker.bin")) {
            tokenModel = new TokenizerModel(token);
            posModel = new POSModel(pos);
            chunkerModel = new ChunkerModel(chunks);
        }
        for (String sentence : sentences) {
            String[] tokens = chunker.tokenize(sentence);
            if (!sentence.contains("\uFEFF")) { // LanguageTool's U+FEFF workaround is held by the test above
                assertArrayEquals(new TokenizerME(tokenModel).tokenize(sentence.replace('’', '\'')), tokens, sentence);
            }
            String[] posTags = new POSTaggerME(posModel).tag(tokens);
            assertArrayEquals(posTags, chunker.posTag(tokens), sentence);
            assertArrayEquals(new ChunkerME(chunkerModel).chunk(tokens, posTags), chunker.chunk(tokens, posTags), sentence);
        }
    }

    /**
     * Beyond about 35,000 tokens every hypothesis of OpenNLP's beam search falls below its lowest score and no
     * sequence is left; a sentence that long (a table pasted without full stops) must still be tagged.
     */
    @Test
    void tagsAndChunksASentenceOfFortyThousandWords() {
        MemoizingEnglishChunker chunker = MemoizingEnglishChunker.shared();
        String[] words = {"Xinhua", "12.5", "(", "said", "the", ")", "Samarkand", ",", "—", "of", "trade", "'s", "per", "cent"};
        java.util.Random random = new java.util.Random(17);
        String[] tokens = new String[40_000];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = words[random.nextInt(words.length)];
        }
        String[] posTags = chunker.posTag(tokens);
        assertEquals(tokens.length, posTags.length);
        assertEquals(tokens.length, chunker.chunk(tokens, posTags).length);
    }

    /** The chunk tags a chunker sets, token by token, starting from none. */
    private static List<List<String>> chunkTags(Chunker chunker, List<AnalyzedTokenReadings> tokens) {
        tokens.forEach(t -> t.setChunkTags(new ArrayList<>()));
        chunker.addChunkTags(tokens);
        return tokens.stream().map(t -> t.getChunkTags().stream().map(ChunkTag::getChunkTag).toList()).toList();
    }
}
