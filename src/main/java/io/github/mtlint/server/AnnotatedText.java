package io.github.mtlint.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * LanguageTool's {@code data} parameter: a text given as parts, each either text or markup (markup may say what it
 * stands for, {@code interpretAs}, such as "\n\n" for a paragraph tag). The plain text is checked; positions go back
 * to the text with its markup, which is what the client holds.
 */
final class AnnotatedText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One part: where it starts in the plain text and in the original, its lengths there, and whether it is text. */
    private record Part(int plainStart, int plainLength, int originalStart, int originalLength, boolean text) {
    }

    private final String plain;
    private final String original;
    private final List<Part> parts;

    private AnnotatedText(String plain, String original, List<Part> parts) {
        this.plain = plain;
        this.original = original;
        this.parts = parts;
    }

    static AnnotatedText ofText(String text) {
        return new AnnotatedText(text, text, List.of(new Part(0, text.length(), 0, text.length(), true)));
    }

    static AnnotatedText ofData(String json) throws HttpError {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson's own message goes on with parser internals ("Source: REDACTED ..."): its first line is the reason.
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw HttpError.badRequest("'data' is not JSON: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        JsonNode annotation = root == null ? null : root.get("annotation");
        if (annotation == null || !annotation.isArray()) {
            throw HttpError.badRequest("'data' must be an object with an 'annotation' array");
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder original = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        for (JsonNode item : annotation) {
            JsonNode text = item.get("text");
            JsonNode markup = item.get("markup");
            if (text != null && text.isTextual() && markup == null) {
                parts.add(new Part(plain.length(), text.asText().length(), original.length(), text.asText().length(), true));
                plain.append(text.asText());
                original.append(text.asText());
            } else if (markup != null && markup.isTextual() && text == null) {
                JsonNode interpretAs = item.get("interpretAs");
                String meaning = interpretAs != null && interpretAs.isTextual() ? interpretAs.asText() : "";
                parts.add(new Part(plain.length(), meaning.length(), original.length(), markup.asText().length(), false));
                plain.append(meaning);
                original.append(markup.asText());
            } else {
                throw HttpError.badRequest("each 'annotation' item needs either 'text' or 'markup' (a string): " + item);
            }
        }
        return new AnnotatedText(plain.toString(), original.toString(), List.copyOf(parts));
    }

    /** What is checked. */
    String plain() {
        return plain;
    }

    /** What the client holds, markup included; offsets in answers index this. */
    String original() {
        return original;
    }

    /**
     * The original offset of a plain-text offset (UTF-16). A start inside what markup stands for maps to the
     * markup's start, an end to its end.
     */
    int toOriginal(int plainOffset, boolean isEnd) {
        for (Part part : parts) {
            int plainEnd = part.plainStart() + part.plainLength();
            boolean inside = isEnd ? plainOffset > part.plainStart() && plainOffset <= plainEnd
                    : plainOffset >= part.plainStart() && plainOffset < plainEnd;
            if (inside) {
                return part.text() ? part.originalStart() + plainOffset - part.plainStart()
                        : part.originalStart() + (isEnd ? part.originalLength() : 0);
            }
        }
        return plainOffset <= 0 ? 0 : original.length();
    }
}
