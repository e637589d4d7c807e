package io.github.mtlint.text;

import io.github.mtlint.model.Alignment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.SourceDocument;

/** Puts a source beside an analysed target document: aligns the two and analyses the source once. */
public final class SourcePairing {

    private final SourceAnalyzer analyzer;
    private final SourceAligner aligner = new SourceAligner();

    public SourcePairing(SourceAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Document pair(Document target, SourceText source, String language) {
        Alignment alignment = aligner.align(target, source.text(), language);
        return target.withSource(new SourceDocument(source.id(), language, source.text(), source.lines(), alignment,
                analyzer.analyze(source.text(), language)));
    }

    /** A bilingual file's target beside its source, aligned segment by segment as the file pairs them. */
    public Document pair(Document target, BilingualDocument bilingual) {
        String text = bilingual.source().text();
        return target.withSource(new SourceDocument(bilingual.path(), bilingual.sourceLanguage(), text, bilingual.source().lines(),
                bilingual.alignment(), analyzer.analyze(text, bilingual.sourceLanguage()), bilingual.segments()));
    }
}
