package io.github.mtlint.server;

import io.github.mtlint.report.Report;
import io.github.mtlint.text.TextToCheck;

import java.util.List;

/** The engine as the server sees it; the composition root ({@code cli.ServeCommand}) supplies it. */
public interface TextChecker {

    /**
     * Checks texts (each with its source, when it has one) and bilingual files (XLIFF, TMX, TSV, as {@code mtlint
     * check} checks such a file), in their order, on the calling thread, which is one of the server's long-lived
     * workers: whatever the checker keeps per thread (a LanguageTool) serves the next request too.
     *
     * @throws IllegalArgumentException when the options name a rule that does not exist
     */
    Report check(List<? extends TextToCheck> texts, CheckOptions options);

    /** Whether the id or glob names a rule or LanguageTool category, so that unknown ids can be skipped. */
    boolean knowsRule(String pattern);
}
