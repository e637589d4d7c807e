package io.github.mtlint.grammar;

import io.github.mtlint.grammar.LanguageToolInternals.CheckingLanguageTool;
import io.github.mtlint.model.EnglishVariant;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageToolWarmUpTest {

    private static final String PARAGRAPH = "Chinese President Xi Jinping met Uzbek President Shavkat Mirziyoyev in Samarkand on "
            + "Wednesday. The two sides signed 15 agreements, and the talks were attended by Wang Yi and He Lifeng. "
            + "Both leaders said the fruitful cooperation had brought tangible benefits to the peoples of the two countries.";

    private static String analysis(List<AnalyzedSentence> sentences) {
        StringBuilder text = new StringBuilder();
        for (AnalyzedSentence sentence : sentences) {
            text.append(sentence.toString()).append('\n').append(sentence.getAnnotations()).append('\n');
        }
        return text.toString();
    }

    /** The worker analyses its first document with a LanguageTool without rules while the rules still load. */
    @Test
    void aLanguageToolWithoutRulesAnalysesAsTheOneWithRules() throws IOException {
        Language loaded = LanguageToolWarmUp.loaded(EnglishVariant.US);
        assertSame(loaded, LanguageToolWarmUp.analyzable(EnglishVariant.US));
        CheckingLanguageTool withRules = new CheckingLanguageTool(loaded);
        CheckingLanguageTool analysisOnly = CheckingLanguageTool.forAnalysis(loaded);

        assertTrue(analysisOnly.getAllRules().isEmpty(), "no rules to load: " + analysisOnly.getAllRules().size());
        assertFalse(withRules.getAllRules().isEmpty());
        List<String> sentences = withRules.sentenceTokenize(PARAGRAPH);
        assertEquals(sentences, analysisOnly.sentenceTokenize(PARAGRAPH));
        assertEquals(3, sentences.size(), sentences.toString());
        String expected = analysis(withRules.analyzeParagraph(sentences));
        assertEquals(expected, analysis(analysisOnly.analyzeParagraph(sentences)));
        assertTrue(expected.contains("Mirziyoyev"), expected);
        assertTrue(expected.contains("B-NP"), "mtlint's chunker tags the analysis: " + expected);
    }

    /** Both stages of one variety are one load: asking for the analysis first does not start a second. */
    @Test
    void theAnalysisStageAndTheWholeLoadGiveTheSameLanguage() {
        Language analyzable = LanguageToolWarmUp.analyzable(EnglishVariant.GB);
        assertSame(analyzable, LanguageToolWarmUp.loaded(EnglishVariant.GB));
        assertEquals("en-GB", analyzable.getShortCodeWithCountryAndVariant());
    }
}
