package io.github.mtlint.rule;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;

import java.util.List;

/**
 * A rule that also compares the documents of a run with each other ({@code --consistency run}). Each document is
 * summed up on its worker thread as it is checked, into what later documents are compared with (keys, not its text
 * or analysis); the engine feeds the summaries to one {@link RunComparison} in input order on one thread, each as its
 * document's turn comes, so the findings do not depend on the number of threads or on which document finished first.
 *
 * @param <S> a document's summary
 */
public interface CrossDocumentRule<S> extends Rule {

    /**
     * What of this document later documents are compared with, or null when there is nothing to compare (a text
     * without its source). Called on the worker thread that checked it; findings on later documents name this one
     * by its {@link Document#id()}.
     */
    S summarise(Document document);

    /** A new comparison for one run. */
    RunComparison<S> startRun();

    /** One run's comparison, fed each document's summary in input order. */
    interface RunComparison<S> {

        /**
         * The findings on this document against the documents before it in the run (not against itself: the rule's
         * {@link Rule#check} did that); it is then remembered for the documents after it. The findings carry the rule's
         * own severity: the engine applies the user's overrides.
         */
        List<Issue> compare(S summary);
    }
}
