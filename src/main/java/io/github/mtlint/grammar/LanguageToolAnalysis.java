package io.github.mtlint.grammar;

import io.github.mtlint.model.EnglishVariant;
import org.languagetool.AnalyzedSentence;

import java.util.List;

/**
 * LanguageTool's own analysis of a whole document, attached to the {@link io.github.mtlint.model.Document} so
 * that LanguageTool's rules run on it without analysing the text again. The sentence texts concatenate to the
 * document text exactly. The variety is the one the document is checked with.
 */
record LanguageToolAnalysis(EnglishVariant variant, List<String> sentenceTexts, List<AnalyzedSentence> sentences) {
}
