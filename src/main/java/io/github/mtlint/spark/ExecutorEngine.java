package io.github.mtlint.spark;

import io.github.mtlint.config.ConfigException;
import io.github.mtlint.engine.Baseline;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.model.CheckingThreads;
import io.github.mtlint.report.Report;
import io.github.mtlint.setup.Components;
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.setup.ToolVersion;
import io.github.mtlint.text.PairedText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine of one executor JVM: built once from the job's settings (rules, lexicon, LanguageTool's data) and
 * shared by its task threads. Task threads check on {@link CompanionThreads}: LanguageTool's state is per thread, so
 * each companion keeps one analyzer across all the partitions it checks, whichever task thread hands them over, and
 * it has the deep stack LanguageTool's disambiguator needs on long sentences, which Spark's task threads do not have.
 * (A companion idle for two minutes ends, and the next check it is given starts a new thread, with a new
 * LanguageTool.)
 */
final class ExecutorEngine {

    /** A job's engine: its rules and scoring, and what each document may cost. */
    private record Engine(EngineSettings settings, DocumentLimits limits) {
    }

    private static final Map<Engine, Linter> LINTERS = new ConcurrentHashMap<>();
    /** Rules, lexicons and LanguageTool, built once per settings (under the lock on LINTERS): a linter on them is light. */
    private static final Map<EngineSettings, Components> COMPONENTS = new HashMap<>();

    /**
     * How long a companion outlives its last check. Spark ends task threads idle for a minute; a companion (and its
     * LanguageTool) ends too, instead of holding its memory through a long pause.
     */
    private static final long COMPANION_IDLE_SECONDS = 120;

    private static final CompanionThreads COMPANIONS = new CompanionThreads(CheckingThreads.named("mtlint-spark-check-"),
            COMPANION_IDLE_SECONDS);

    private ExecutorEngine() {
    }

    /**
     * The linter of these settings and limits in this JVM, built on first use; fails on a rule, lexicon or setting
     * that is wrong.
     */
    static Linter linter(EngineSettings settings, DocumentLimits limits) throws ConfigException {
        Engine engine = new Engine(settings, limits);
        Linter linter = LINTERS.get(engine);
        if (linter != null) {
            return linter;
        }
        synchronized (LINTERS) {
            linter = LINTERS.get(engine);
            if (linter == null) {
                Components components = COMPONENTS.get(settings);
                if (components == null) {
                    settings.warmUp();
                    components = settings.components();
                    COMPONENTS.put(settings, components);
                }
                linter = limits.limit(settings.linter(components, Baseline.empty(), Runtime.getRuntime().availableProcessors(),
                        ToolVersion.get()));
                LINTERS.put(engine, linter);
            }
            return linter;
        }
    }

    /** As {@link #linter}, on an executor: the driver built the same engine first, so only a missing file fails here. */
    static Linter onExecutor(EngineSettings settings, DocumentLimits limits) {
        try {
            return linter(settings, limits);
        } catch (ConfigException e) {
            throw new IllegalStateException("cannot build mtlint's engine on this executor: " + e.getMessage(), e);
        }
    }

    /** Checks one text (with its source, when it has one) on a companion thread. */
    static Report check(Linter linter, PairedText text) throws InterruptedException {
        return COMPANIONS.call(() -> linter.lintPairs(List.of(text)));
    }

    /** Checks one bilingual file (XLIFF, TMX, TSV) on a companion thread. */
    static Report check(Linter linter, io.github.mtlint.text.BilingualDocument file) throws InterruptedException {
        return COMPANIONS.call(() -> linter.lintBilingual(file));
    }
}
