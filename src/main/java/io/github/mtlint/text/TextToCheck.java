package io.github.mtlint.text;

/**
 * A text in memory to check: a translation with or without its source, or a bilingual file (XLIFF, TMX, TSV) that
 * holds both. What a server request or another in-memory caller hands the linter, in the order of its report.
 */
public sealed interface TextToCheck permits PairedText, BilingualDocument {
}
