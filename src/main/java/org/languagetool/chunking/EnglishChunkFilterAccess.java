package org.languagetool.chunking;

import java.util.List;

/**
 * Opens LanguageTool's package-private {@link EnglishChunkFilter} (the singular/plural noun-phrase tags) to mtlint's
 * English chunker, so that it applies LanguageTool's own filter rather than a copy of it.
 */
public final class EnglishChunkFilterAccess {

    private EnglishChunkFilterAccess() {
    }

    public static List<ChunkTaggedToken> filter(List<ChunkTaggedToken> tokens) {
        return new EnglishChunkFilter().filter(tokens);
    }
}
