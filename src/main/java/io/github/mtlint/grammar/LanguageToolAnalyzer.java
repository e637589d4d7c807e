package io.github.mtlint.grammar;

import io.github.mtlint.grammar.LanguageToolInternals.CheckingLanguageTool;
import io.github.mtlint.model.Deadline;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.text.AbbreviationJoins;
import io.github.mtlint.text.Analyzer;
import io.github.mtlint.text.DatelineDetector;
import io.github.mtlint.text.ParagraphClassifier;
import io.github.mtlint.text.ParagraphSplitter;
import io.github.mtlint.text.PieceSplitter;
import io.github.mtlint.text.SourceText;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyses a document once with LanguageTool's sentence tokenizer, word tokenizer, tagger and disambiguator,
 * paragraph by paragraph, and keeps LanguageTool's analysis on the document for {@link LanguageToolRule}.
 */
public final class LanguageToolAnalyzer implements Analyzer {

    private final LanguageToolSessions sessions;
    private final ParagraphSplitter splitter;
    private final ParagraphClassifier classifier;
    private final DatelineDetector datelines;
    private final AbbreviationJoins joins;

    public LanguageToolAnalyzer(LanguageToolSessions sessions, ParagraphClassifier classifier, AbbreviationJoins joins) {
        this.sessions = sessions;
        this.joins = joins;
        this.classifier = classifier;
        this.splitter = new ParagraphSplitter(classifier.conventions());
        this.datelines = classifier.datelines();
    }

    @Override
    public Document analyze(SourceText source) {
        String text = source.text();
        List<Span> spans = splitter.split(text);
        EnglishVariant variant = sessions.variantFor(text);
        CheckingLanguageTool lt = sessions.analyzing(variant);
        List<String> allSentenceTexts = new ArrayList<>();
        List<AnalyzedSentence> allAnalyzed = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>(spans.size());
        try {
            for (int i = 0; i < spans.size(); i++) {
                Deadline.check();
                // Chunks run from paragraph to paragraph so that, together, LanguageTool's sentences cover the text.
                int chunkStart = i == 0 ? 0 : spans.get(i).start();
                int chunkEnd = i + 1 < spans.size() ? spans.get(i + 1).start() : text.length();
                String chunk = text.substring(chunkStart, chunkEnd);
                List<String> sentenceTexts = withinLength(joins.join(lt.sentenceTokenize(chunk)));
                List<AnalyzedSentence> analyzed = lt.analyzeParagraph(sentenceTexts);
                allSentenceTexts.addAll(sentenceTexts);
                allAnalyzed.addAll(analyzed);
                Span span = spans.get(i);
                String paragraphText = span.of(text);
                paragraphs.add(new Paragraph(i, span, paragraphText, classifier.classify(paragraphText, i, spans.size()),
                        toSentences(text, chunkStart, sentenceTexts, analyzed),
                        datelines.wireDateline(paragraphText).map(d -> d.shift(span.start())).orElse(null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not analyse " + source.id(), e);
        }
        return new Document(source.id(), text, source.lines(), paragraphs, datelines.detect(text).orElse(null),
                datelines.mainYear(text).orElse(null),
                Map.of(LanguageToolAnalysis.class, new LanguageToolAnalysis(variant, allSentenceTexts, allAnalyzed)));
    }

    /**
     * The longest sentence analysed as one. LanguageTool's rules take time that grows faster than a sentence's length:
     * a "sentence" of 17,000 words (100 KB of text without a full stop) did not get through them in 72 s of processor
     * time. Longer sentences are analysed as consecutive parts cut at spaces ({@link PieceSplitter}); news sentences
     * are a few hundred characters and stay whole.
     */
    static final int LONGEST_SENTENCE_CHARS = 5_000;

    private static List<String> withinLength(List<String> sentences) {
        if (sentences.stream().allMatch(s -> s.length() <= LONGEST_SENTENCE_CHARS)) {
            return sentences;
        }
        List<String> parts = new ArrayList<>();
        for (String sentence : sentences) {
            for (Span part : PieceSplitter.split(sentence, LONGEST_SENTENCE_CHARS)) {
                parts.add(part.of(sentence));
            }
        }
        return parts;
    }

    private static List<Sentence> toSentences(String text, int chunkStart, List<String> sentenceTexts,
                                              List<AnalyzedSentence> analyzed) {
        List<Sentence> sentences = new ArrayList<>();
        int offset = chunkStart;
        for (int i = 0; i < sentenceTexts.size(); i++) {
            String raw = sentenceTexts.get(i);
            int start = offset;
            int end = offset + raw.length();
            offset = end;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            sentences.add(new Sentence(new Span(start, end), text.substring(start, end),
                    toTokens(analyzed.get(i), offset - raw.length())));
        }
        return sentences;
    }

    private static List<Token> toTokens(AnalyzedSentence sentence, int sentenceStart) {
        AnalyzedTokenReadings[] readings = sentence.getTokensWithoutWhitespace();
        List<Token> tokens = new ArrayList<>(readings.length);
        for (AnalyzedTokenReadings atr : readings) {
            String token = atr.getToken();
            if (token.isEmpty() || atr.isSentenceStart() && token.isBlank()) {
                continue;
            }
            Set<String> tags = new LinkedHashSet<>();
            Set<String> lemmas = new LinkedHashSet<>();
            for (AnalyzedToken reading : atr.getReadings()) {
                String tag = reading.getPOSTag();
                if (tag != null && !tag.equals(JLanguageTool.SENTENCE_END_TAGNAME)
                        && !tag.equals(JLanguageTool.PARAGRAPH_END_TAGNAME) && !tag.equals(JLanguageTool.SENTENCE_START_TAGNAME)) {
                    tags.add(tag);
                }
                if (reading.getLemma() != null) {
                    lemmas.add(reading.getLemma());
                }
            }
            int start = sentenceStart + atr.getStartPos();
            tokens.add(new Token(token, new Span(start, start + token.length()), List.copyOf(tags), List.copyOf(lemmas)));
        }
        return tokens;
    }
}
