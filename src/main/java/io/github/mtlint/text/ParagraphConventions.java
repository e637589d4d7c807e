package io.github.mtlint.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The words and limits by which {@link ParagraphClassifier} tells a paragraph's kind and {@link ParagraphSplitter}
 * recognises hard-wrapped text ({@code rules/paragraphs.yml}).
 */
public record ParagraphConventions(@JsonProperty(required = true) List<String> bylines,
                                   @JsonProperty(required = true) List<String> captions,
                                   @JsonProperty(required = true) List<String> credits,
                                   @JsonProperty(required = true) List<String> listMarkers,
                                   @JsonProperty(required = true) List<String> listNumerals,
                                   @JsonProperty(required = true) int maxMetaWords,
                                   @JsonProperty(required = true) int maxHeadingWords,
                                   @JsonProperty(required = true) int minWrappedLines,
                                   @JsonProperty(required = true) int maxWrapWidth,
                                   @JsonProperty(required = true) int minWrappedLineWidth) {

    public ParagraphConventions {
        bylines = nonEmpty(bylines, "bylines");
        captions = nonEmpty(captions, "captions");
        credits = nonEmpty(credits, "credits");
        listMarkers = nonEmpty(listMarkers, "listMarkers");
        listNumerals = nonEmpty(listNumerals, "listNumerals");
        if (maxMetaWords < 1 || maxHeadingWords < 1 || minWrappedLines < 1 || maxWrapWidth < 1 || minWrappedLineWidth < 1) {
            throw new IllegalArgumentException("maxMetaWords, maxHeadingWords, minWrappedLines, maxWrapWidth and "
                    + "minWrappedLineWidth must be at least 1");
        }
    }

    public static ParagraphConventions load(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (Reader reader = Files.newBufferedReader(file)) {
            return yaml.readValue(reader, ParagraphConventions.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static List<String> nonEmpty(List<String> words, String key) {
        if (words == null || words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isBlank())) {
            throw new IllegalArgumentException(key + " must list at least one word, and no empty ones");
        }
        return List.copyOf(words);
    }
}
