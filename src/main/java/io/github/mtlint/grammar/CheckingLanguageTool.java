package io.github.mtlint.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.AnalyzedSentence;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.util.List;

/**
 * LanguageTool with its two halves opened up: analyse sentences once, then run the rule matching over
 * that same analysis (plain {@code check()} would tokenise and tag the text a second time). One instance
 * per worker thread: JLanguageTool is not thread-safe.
 */
final class CheckingLanguageTool extends JLanguageTool {

    CheckingLanguageTool(Language language) {
        super(language);
    }

    /** Tokenises, tags and disambiguates one paragraph's sentences; the last is marked as the paragraph end. */
    List<AnalyzedSentence> analyzeParagraph(List<String> sentences) throws IOException {
        return analyzeSentences(sentences);
    }

    /** LanguageTool's complete rule matching and match filtering over an existing analysis of {@code text}. */
    List<RuleMatch> check(String text, List<String> sentenceTexts, List<AnalyzedSentence> sentences) throws IOException {
        return checkInternal(new AnnotatedTextBuilder().addText(text).build(), ParagraphHandling.NORMAL, null,
                Mode.ALL, Level.DEFAULT, null, sentenceTexts, sentences).getRuleMatches();
    }
}
