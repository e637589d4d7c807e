package io.github.mtlint.spark;

import io.github.mtlint.engine.Linter;
import io.github.mtlint.engine.TimeBudget;
import io.github.mtlint.setup.RunSettings;

import java.io.Serializable;

/**
 * What a document may cost and what of a translation file is checked: {@code check}'s {@code --max-size},
 * {@code --timeout} and {@code --skip-approved}, resolved by the driver (over {@code mtlint.yml}'s {@code maxSize}
 * and {@code timeout}) and carried to the executors with the engine's settings.
 */
record DocumentLimits(long maxDocumentBytes, TimeBudget timeBudget, boolean skipApproved) implements Serializable {

    static DocumentLimits of(RunSettings.DocumentCost cost, boolean skipApproved) {
        return new DocumentLimits(cost.maxDocumentBytes(), cost.timeBudget(), skipApproved);
    }

    /** Sets these limits on a linter built from the engine settings, as {@link RunSettings#limit} does for check. */
    Linter limit(Linter linter) {
        return linter.withMaxDocumentBytes(maxDocumentBytes).withTimeBudget(timeBudget).withSkipApproved(skipApproved);
    }
}
