package io.github.mtlint.text;

/**
 * A translation already in memory, with the text it was translated from when there is one: what the server and
 * other in-memory callers check. {@code source} is null for a translation checked on its own; {@code sourceLanguage}
 * is the source's BCP-47 tag, or null to detect it from the script.
 */
public record PairedText(SourceText translation, SourceText source, String sourceLanguage) implements TextToCheck {

    public static PairedText alone(SourceText translation) {
        return new PairedText(translation, null, null);
    }
}
