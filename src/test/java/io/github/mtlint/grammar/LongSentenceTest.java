package io.github.mtlint.grammar;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paragraph without a full stop is analysed in parts, so LanguageTool's rules do not take time without end on it. */
class LongSentenceTest {

    @Test
    void aSentenceOverTheLimitIsAnalysedInPartsThatCoverIt() {
        String endless = "the ministers of the two countries met and talked about trade and energy ".repeat(200).strip();
        assertTrue(endless.length() > 2 * LanguageToolAnalyzer.LONGEST_SENTENCE_CHARS);
        Document document = Fixtures.analyzer().analyze(SourceText.of("endless.txt", endless));
        List<Sentence> sentences = document.sentences().toList();
        assertTrue(sentences.size() >= 3, sentences.size() + " parts");
        for (Sentence sentence : sentences) {
            assertTrue(sentence.span().length() <= LanguageToolAnalyzer.LONGEST_SENTENCE_CHARS, sentence.span().toString());
        }
        assertEquals(0, sentences.get(0).span().start());
        assertEquals(endless.length(), sentences.get(sentences.size() - 1).span().end());
        int words = sentences.stream().mapToInt(s -> s.words().size()).sum();
        assertEquals(endless.split(" ").length, words, "no word lost or cut at a part's edge");
    }

    @Test
    void newsSentencesStayWhole() {
        String sentence = "The two sides agreed to deepen cooperation in trade, energy and transport, officials said.";
        assertEquals(1, Fixtures.analyzer().analyze(SourceText.of("a.txt", sentence)).sentences().count());
    }
}
