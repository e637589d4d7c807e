package io.github.mtlint.engine;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Alignment;
import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.CheckingThreads;
import io.github.mtlint.model.Deadline;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.FileSegment;
import io.github.mtlint.model.LineIndex;
import io.github.mtlint.model.Location;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.RunHeader;
import io.github.mtlint.report.RunTotals;
import io.github.mtlint.report.SourceExcerpt;
import io.github.mtlint.report.SourceInfo;
import io.github.mtlint.report.Summary;
import io.github.mtlint.rule.CrossDocumentRule;
import io.github.mtlint.rule.IssueCollector;
import io.github.mtlint.rule.IssueFilter;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.score.MqmScore;
import io.github.mtlint.score.MqmScorer;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.Analyzer;
import io.github.mtlint.text.BilingualDocument;
import io.github.mtlint.text.BilingualFiles;
import io.github.mtlint.text.DocumentReader;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.SourceAnalyzer;
import io.github.mtlint.text.PairedText;
import io.github.mtlint.text.PieceSplitter;
import io.github.mtlint.text.SourceLanguages;
import io.github.mtlint.text.SourcePairing;
import io.github.mtlint.text.SourceText;
import io.github.mtlint.text.TextToCheck;
import io.github.mtlint.text.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks inputs in parallel (each worker thread with its own analyzer state) and assembles the report:
 * documents in input order, findings in a total order, errors for what could not be read or checked.
 */
public final class Linter {

    /** The run's threads to spare for {@link Rule#runsBesideOthers() rules that run beside the others}, on a worker. */
    private static final ThreadLocal<ExecutorService> SPARE_THREADS = new ThreadLocal<>();

    private final Analyzer analyzer;
    private final RuleSet rules;
    private final RuleSettings settings;
    private final MqmScorer scorer;
    private final Baseline baseline;
    private final int threads;
    private final String toolVersion;
    private final DocumentReader reader = new DocumentReader();
    private final Map<String, RuleMeta> metasById = new HashMap<>();
    private final Supersession supersession;
    private TimeBudget timeBudget = TimeBudget.DEFAULT;
    private static final int MAX_MESSAGE_LENGTH = 300;
    private final SourcePairing pairing;

    public Linter(Analyzer analyzer, RuleSet rules, RuleSettings settings, ScoringModel scoring, Baseline baseline,
                  int threads, String toolVersion) {
        this(analyzer, SourceAnalyzer.NONE, rules, settings, scoring, baseline, threads, toolVersion);
    }

    /** @param sourceAnalyzer analyses the sources of bilingual inputs (names, for Chinese) */
    public Linter(Analyzer analyzer, SourceAnalyzer sourceAnalyzer, RuleSet rules, RuleSettings settings, ScoringModel scoring,
                  Baseline baseline, int threads, String toolVersion) {
        this.pairing = new SourcePairing(sourceAnalyzer);
        this.analyzer = analyzer;
        this.rules = rules;
        this.settings = settings;
        this.scorer = new MqmScorer(scoring);
        this.baseline = baseline;
        this.threads = Math.max(1, threads);
        this.toolVersion = toolVersion;
        for (Rule rule : rules.rules()) {
            metasById.put(rule.id(), rule.meta());
        }
        this.supersession = new Supersession(metasById);
    }

    /**
     * The largest document checked, in bytes (0: no limit). Memory no longer grows with a document (it is checked in
     * pieces), but time does: 10 MB of news took 10 minutes of processor time (see the README's reliability section).
     */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10_000_000;
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;

    public Linter withMaxDocumentBytes(long bytes) {
        this.maxDocumentBytes = bytes;
        return this;
    }

    /** Leave out the segments a bilingual file marks approved or final ({@code --skip-approved}). */
    public Linter withSkipApproved(boolean skip) {
        this.skipApproved = skip;
        return this;
    }

    private boolean skipApproved;

    /** Which documents a consistency rule compares: each on its own (the default), or the run's with each other too. */
    public enum Consistency { DOCUMENT, RUN }

    private Consistency consistency = Consistency.DOCUMENT;

    /** {@code --consistency}: with {@link Consistency#RUN}, {@link CrossDocumentRule}s compare the run's documents too. */
    public Linter withConsistency(Consistency scope) {
        this.consistency = scope;
        return this;
    }

    private List<CrossDocumentRule<?>> crossDocumentRules() {
        if (consistency != Consistency.RUN) {
            return List.of();
        }
        List<CrossDocumentRule<?>> found = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (rule instanceof CrossDocumentRule<?> crossDocument) {
                found.add(crossDocument);
            }
        }
        return found;
    }

    /** How long each document may take; {@link TimeBudget#DEFAULT} unless set. */
    public Linter withTimeBudget(TimeBudget budget) {
        this.timeBudget = budget;
        return this;
    }

    /**
     * The outcome of one input: a result, errors, or both (a rule failed but the others ran). With run-wide
     * comparisons, a document checked is {@code pending} instead of a result until its turn in the run's comparison.
     */
    private record Outcome(DocumentResult result, List<ProcessingError> errors, Map<String, RuleMeta> fired, Pending pending,
                           int baselineUnmatched) {

        Outcome(DocumentResult result, List<ProcessingError> errors, Map<String, RuleMeta> fired) {
            this(result, errors, fired, null, 0);
        }

        Outcome(DocumentResult result, List<ProcessingError> errors, Map<String, RuleMeta> fired, Pending pending) {
            this(result, errors, fired, pending, 0);
        }

        int words() {
            return result != null ? result.words() : pending != null ? pending.words() : 0;
        }
    }

    /**
     * A document checked but not yet reported, waiting for the run's comparison: what {@link #report} needs (not the
     * analysis), and the document's summary for each cross-document rule.
     */
    private record Pending(SourceText source, int words, List<Span> sentences, Optional<SourceDocument> sourceDocument,
                           List<Issue> found, Map<String, RuleMeta> fired, BilingualDocument bilingual,
                           List<Object> summaries) {
    }

    /** Told, on the worker that checked it, as each input is done: its words (0 when it could not be checked). */
    @FunctionalInterface
    public interface Progress {
        void done(int words);
    }

    public Report lint(List<Input> inputs, InputStream stdin) {
        return lint(inputs, stdin, words -> { });
    }

    /** Checks the inputs and keeps every document, for a caller that needs the whole run at once. */
    public Report lint(List<Input> inputs, InputStream stdin, Progress progress) {
        List<DocumentResult> documents = new ArrayList<>(inputs.size());
        RunTotals totals = lint(inputs, stdin, progress, documents::add);
        return Report.of(header(), documents, totals);
    }

    /** Receives the run's documents one at a time, in input order, on the thread that called {@link #lint}. */
    @FunctionalInterface
    public interface DocumentSink {
        void accept(DocumentResult document);
    }

    /** What the reports of a run by this linter know before its first document. */
    public RunHeader header() {
        return new RunHeader(toolVersion, scorer.model());
    }

    /**
     * Checks the inputs in parallel and hands each document to {@code sink} in input order as soon as it and every
     * input before it are done; nothing of a document is kept once the sink has it. Inputs are submitted ahead of the
     * next one to hand over within a {@link ReorderWindow}, so a slow document holds back few finished ones, and those
     * few small. Errors, the fired rules and the totals are gathered as running totals.
     */
    public RunTotals lint(List<Input> inputs, InputStream stdin, Progress progress, DocumentSink sink) {
        Totals totals = new Totals();
        CrossDocumentPass crossDocument = new CrossDocumentPass();
        ReorderWindow window = reorderWindow != null ? reorderWindow : ReorderWindow.forThreads(threads);
        int workers = Math.min(threads, Math.max(1, inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, CheckingThreads.named("mtlint-worker-"));
        // fewer documents than threads (one article): the rest run LanguageTool's rules beside mtlint's
        ExecutorService spare = threads > workers
                ? Executors.newFixedThreadPool(Math.min(threads - workers, workers), CheckingThreads.named("mtlint-beside-"))
                : null;
        try {
            ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
            long[] sizes = new long[inputs.size()];
            int sized = 0; // inputs whose size is known: the one the window refused is not asked again
            long bytesAhead = 0;
            int submitted = 0;
            for (int next = 0; next < inputs.size(); next++) {
                while (submitted < inputs.size()) {
                    Input input = inputs.get(submitted);
                    if (sized == submitted) {
                        sizes[sized++] = sizeOf(input);
                    }
                    if (!window.admits(submitted - next, bytesAhead, sizes[submitted])) {
                        break;
                    }
                    bytesAhead += sizes[submitted++];
                    inFlight.add(pool.submit(() -> {
                        SPARE_THREADS.set(spare);
                        try {
                            Outcome outcome = check(input, stdin);
                            progress.done(outcome.words());
                            return outcome;
                        } finally {
                            SPARE_THREADS.remove();
                        }
                    }));
                }
                Outcome outcome = crossDocument.resolve(await(inFlight.poll(), inputs.get(next)));
                bytesAhead -= sizes[next];
                totals.add(outcome);
                if (outcome.result() != null) {
                    sink.accept(outcome.result());
                }
            }
        } finally {
            pool.shutdownNow();
            if (spare != null) {
                spare.shutdownNow();
            }
        }
        return totals.toRunTotals();
    }

    /**
     * How far ahead of the next document to hand over inputs are submitted. Always {@code documents} (twice the
     * threads), so that a worker done with a short document goes on while another checks a long one before it; beyond
     * that, as long as the inputs submitted ahead hold at most {@code bytes} together (and at most {@code maxDocuments}
     * of them), so that one slow document does not leave the other workers idle while memory stays bounded: what
     * waits is finished documents' text and findings, never more than about that much text.
     */
    record ReorderWindow(int documents, int maxDocuments, long bytes) {

        static final long DEFAULT_BYTES = 32L << 20;
        static final int DEFAULT_MAX_DOCUMENTS = 4096;

        static ReorderWindow forThreads(int threads) {
            return new ReorderWindow(2 * threads, DEFAULT_MAX_DOCUMENTS, DEFAULT_BYTES);
        }

        /** Whether one more input of {@code size} bytes may be submitted, with {@code ahead} inputs of {@code bytesAhead}. */
        boolean admits(int ahead, long bytesAhead, long size) {
            return ahead < documents || ahead < maxDocuments && bytesAhead + size <= bytes;
        }
    }

    /** An input's size on disk; standard input and missing files count as nothing (their number still counts). */
    private static long sizeOf(Input input) {
        if (input instanceof Input.FileInput file) {
            try {
                return Files.size(file.file());
            } catch (IOException | RuntimeException unreadable) {
                return 0; // the check reports it
            }
        }
        return 0;
    }

    private ReorderWindow reorderWindow;

    /** For tests: another window. */
    Linter withReorderWindow(ReorderWindow window) {
        this.reorderWindow = window;
        return this;
    }

    /**
     * The run-wide pass of {@code --consistency run}: each cross-document rule compares the documents' summaries in
     * input order, on the thread that hands the documents over, and each document is then reported with the findings
     * that pass adds (on it, against the documents before it). Deterministic whatever the number of threads: only the
     * inputs' order matters. Without run-wide consistency, an outcome passes unchanged.
     */
    private final class CrossDocumentPass {
        private final List<ComparisonRun<?>> runs = new ArrayList<>();

        CrossDocumentPass() {
            for (CrossDocumentRule<?> rule : crossDocumentRules()) {
                runs.add(ComparisonRun.of(rule));
            }
        }

        Outcome resolve(Outcome outcome) {
            Pending pending = outcome.pending();
            if (pending == null) {
                return outcome;
            }
            List<Issue> found = new ArrayList<>(pending.found());
            Map<String, RuleMeta> fired = new HashMap<>(pending.fired());
            List<ProcessingError> errors = new ArrayList<>(outcome.errors());
            for (int i = 0; i < runs.size(); i++) {
                ComparisonRun<?> run = runs.get(i);
                List<Issue> compared;
                try {
                    compared = run.compare(pending.summaries().get(i));
                } catch (RuntimeException e) {
                    // as a failing rule on one document: its other findings and the other documents still count
                    errors.add(ProcessingError.internal(pending.source().id(), "rule " + run.rule.id() + " failed: " + describe(e)));
                    continue;
                }
                for (Issue issue : compared) {
                    found.add(settings.severityFor(issue.ruleId()).map(issue::withSeverity).orElse(issue));
                    fired.computeIfAbsent(issue.ruleId(), id -> run.rule.metaFor(id).orElse(run.rule.meta()));
                }
            }
            return report(pending.source(), pending.words(), pending.sentences(), pending.sourceDocument(), found,
                    fired, errors, pending.bilingual());
        }
    }

    /** One cross-document rule's comparison in this run; the one place its summaries' type is taken on trust. */
    private static final class ComparisonRun<S> {
        final CrossDocumentRule<S> rule;
        final CrossDocumentRule.RunComparison<S> comparison;

        ComparisonRun(CrossDocumentRule<S> rule) {
            this.rule = rule;
            this.comparison = rule.startRun();
        }

        static <S> ComparisonRun<S> of(CrossDocumentRule<S> rule) {
            return new ComparisonRun<>(rule);
        }

        @SuppressWarnings("unchecked") // made by this rule's summarise, in the same list position
        List<Issue> compare(Object summary) {
            return summary == null ? List.of() : comparison.compare((S) summary);
        }
    }

    /**
     * Checks texts already in memory, one after the other on the calling thread, so that a long-lived worker
     * thread (the server's) keeps its LanguageTool from one call to the next.
     */
    public Report lintTexts(List<SourceText> texts) {
        return lintPairs(texts.stream().map(PairedText::alone).toList());
    }

    /**
     * As {@link #lintTexts}, for translations given with their sources (or without: {@link PairedText#alone}) and
     * bilingual files, in the order given, within the same size limit and time budget as a file.
     */
    public Report lintPairs(List<? extends TextToCheck> texts) {
        List<Outcome> outcomes = new ArrayList<>(texts.size());
        for (TextToCheck item : texts) {
            if (item instanceof BilingualDocument bilingual) {
                outcomes.add(checkBilingual(bilingual));
                continue;
            }
            PairedText text = (PairedText) item;
            SourceText target = text.translation();
            if (overSizeLimit(target.text().length())) {
                outcomes.add(refusedForSize(target.id(), target.text().length()));
                continue;
            }
            String language = text.source() == null ? null
                    : text.sourceLanguage() != null ? text.sourceLanguage() : SourceLanguages.detect(text.source().text());
            outcomes.add(withinBudget(target, text.source(), language, new ArrayList<>()));
        }
        return assemble(outcomes);
    }

    /**
     * Checks a bilingual file read elsewhere (a Spark job's file), on the calling thread, as {@link #lint} checks one
     * from disk.
     */
    public Report lintBilingual(BilingualDocument bilingual) {
        return assemble(List.of(checkBilingual(bilingual)));
    }

    private Outcome check(Input input, InputStream stdin) {
        if (input instanceof Input.FileInput file && BilingualFiles.isBilingual(file.file())) {
            return checkBilingual(file);
        }
        if (input instanceof Input.FileInput file && overSizeLimit(sizeOf(file.file()))) {
            return refusedForSize(input.displayPath(), sizeOf(file.file()));
        }
        SourceText source;
        try {
            source = reader.read(input, stdin);
        } catch (UnreadableInputException e) {
            return new Outcome(null, List.of(ProcessingError.input(e.path(), e.getMessage())), Map.of());
        }
        if (overSizeLimit(source.text().length())) { // standard input, or a pipe: known only once read
            return refusedForSize(source.id(), source.text().length());
        }
        List<ProcessingError> errors = new ArrayList<>();
        SourceText original = null;
        String language = null;
        if (input.source().isPresent()) {
            Input.SourceRef ref = input.source().get();
            try {
                original = reader.read(ref.file(), ref.displayPath());
                language = ref.language() != null ? ref.language() : SourceLanguages.detect(original.text());
            } catch (UnreadableInputException e) {
                // the translation is still checked, on its own, so that nothing is lost
                errors.add(ProcessingError.input(e.path(), "source of " + source.id() + ": " + e.getMessage()));
            }
        }
        return withinBudget(source, original, language, errors);
    }

    /** Checks a translation (with its source, or null) within the time budget for the two texts' length. */
    private Outcome withinBudget(SourceText target, SourceText original, String language, List<ProcessingError> errors) {
        int length = target.text().length() + (original == null ? 0 : original.text().length());
        return Deadline.within(timeBudget.nanosFor(length), () -> checkSource(target, original, language, errors, null));
    }

    /**
     * An XLIFF, TMX or TSV file: its targets a line each, checked against its sources. The size limit applies to the
     * text checked, not to the file, whose markup may be most of it.
     */
    private Outcome checkBilingual(Input.FileInput input) {
        BilingualDocument bilingual;
        try {
            bilingual = BilingualDocument.of(BilingualFiles.read(input.file(), input.displayPath()), input.displayPath(),
                    skipApproved);
        } catch (UnreadableInputException e) {
            return new Outcome(null, List.of(ProcessingError.input(e.path(), e.getMessage())), Map.of());
        }
        return checkBilingual(bilingual);
    }

    private Outcome checkBilingual(BilingualDocument bilingual) {
        SourceText target = bilingual.target();
        if (overSizeLimit(target.text().length())) {
            return refusedForSize(target.id(), target.text().length());
        }
        int length = target.text().length() + bilingual.source().text().length();
        return Deadline.within(timeBudget.nanosFor(length), () -> checkSource(target, null, null, new ArrayList<>(), bilingual));
    }

    private boolean overSizeLimit(long bytes) {
        return maxDocumentBytes > 0 && bytes > maxDocumentBytes;
    }

    /**
     * Why a file of this many bytes is not checked, in check's words; empty when it is within the size limit. For a
     * caller that knows a file's size before reading it (the Spark job), as {@link #lint} does.
     */
    public Optional<ProcessingError> sizeRefusal(String path, long bytes) {
        return overSizeLimit(bytes) ? Optional.of(sizeError(path, bytes)) : Optional.empty();
    }

    /** A document refused for its size: no result, one input error. */
    private Outcome refusedForSize(String path, long bytes) {
        return new Outcome(null, List.of(sizeError(path, bytes)), Map.of());
    }

    private ProcessingError sizeError(String path, long bytes) {
        return ProcessingError.input(path, String.format(Locale.ROOT, "is %.1f MB, over the limit of %s MB for one document "
                + "(raise it with --max-size MB or 'maxSize:' in mtlint.yml; a document takes about a minute of processor "
                + "time per MB)", bytes / 1e6, java.math.BigDecimal.valueOf(maxDocumentBytes).movePointLeft(6).stripTrailingZeros()
                .toPlainString()));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0; // a pipe's size is known once it is read
        } catch (IOException | RuntimeException unknown) {
            return 0; // the reader says what is wrong with it
        }
    }

    /**
     * The document ran out of time in a step: the error names it, since that step is the one to look at (or the
     * document is just long, and the budget has to be raised).
     */
    private ProcessingError outOfTime(SourceText source, String step) {
        return ProcessingError.internal(source.id(), step + " ran out of the document's time budget ("
                + timeBudget.describe(source.text().length()) + "); raise it with --timeout SECONDS or 'timeout:' in mtlint.yml");
    }

    private Outcome checkSource(SourceText source, SourceText original, String language, List<ProcessingError> errors,
                                BilingualDocument bilingual) {
        if (original == null && bilingual == null && source.text().length() > pieceChars) {
            return checkInPieces(source, errors);
        }
        Checked checked = analyseAndRun(source, original, language, bilingual, errors);
        if (checked == null) {
            return new Outcome(null, errors, Map.of());
        }
        Document document = checked.document();
        List<CrossDocumentRule<?>> crossDocument = crossDocumentRules();
        if (!crossDocument.isEmpty()) {
            List<Object> summaries = new ArrayList<>();
            for (CrossDocumentRule<?> rule : crossDocument) {
                try {
                    summaries.add(rule.summarise(document));
                } catch (RuntimeException e) {
                    summaries.add(null);
                    errors.add(ProcessingError.internal(source.id(), "rule " + rule.id() + " failed: " + describe(e)));
                }
            }
            return new Outcome(null, errors, Map.of(), new Pending(source, document.words(),
                    document.sentences().map(Sentence::span).toList(), document.source(), checked.issues(), checked.fired(),
                    bilingual, summaries));
        }
        return report(source, document.words(), document.sentences().map(Sentence::span).toList(), document.source(),
                checked.issues(), checked.fired(), errors, bilingual);
    }

    /**
     * A document longer than {@link #PIECE_CHARS} is analysed and checked a piece at a time, each piece ending at a
     * paragraph (see {@link PieceSplitter}), and the analysis of a piece is let go before the next: LanguageTool's
     * analysis takes about 170 MB per MB of text, so a 10 MB document whole would not fit in the memory the check
     * runs in. Findings keep their places in the whole text; rules that compare parts of a document (a name spelled
     * two ways, a repeated sentence) compare within a piece. Translations with a source are checked whole.
     */
    private Outcome checkInPieces(SourceText source, List<ProcessingError> errors) {
        String text = source.text();
        List<Issue> issues = new ArrayList<>();
        Map<String, RuleMeta> fired = new HashMap<>();
        List<Span> sentences = new ArrayList<>();
        int words = 0;
        for (Span piece : PieceSplitter.split(text, pieceChars)) {
            String pieceText = piece.of(text);
            SourceText part = new SourceText(source.id(), pieceText,
                    LineIndex.forPiece(pieceText, source.lines().line(piece.start()) - 1));
            Checked checked = analyseAndRun(part, null, null, null, errors);
            if (checked == null) {
                return new Outcome(null, errors, Map.of());
            }
            words += checked.document().words();
            checked.document().sentences().forEach(sentence -> sentences.add(sentence.span().shift(piece.start())));
            checked.issues().forEach(issue -> issues.add(issue.shifted(piece.start())));
            checked.fired().forEach(fired::putIfAbsent);
        }
        return report(source, words, sentences, Optional.empty(), issues, fired, errors, null);
    }

    /** The largest document analysed whole, in characters; see {@link #checkInPieces}. */
    public static final int PIECE_CHARS = 500_000;
    private int pieceChars = PIECE_CHARS;

    /** For tests: pieces of another size. */
    Linter withPieceChars(int chars) {
        this.pieceChars = chars;
        return this;
    }

    /** A rule's findings on a document, or the error that stopped it. */
    private record RuleRun(List<Issue> issues, ProcessingError error) {
    }

    private RuleRun run(Rule rule, Document document, SourceText source) {
        IssueCollector collector = new IssueCollector(rule.meta(), document, settings);
        try {
            rule.check(document, collector);
        } catch (RuntimeException | StackOverflowError e) {
            return new RuleRun(List.of(), Deadline.passed() ? outOfTime(source, "rule " + rule.id())
                    : ProcessingError.internal(source.id(), "rule " + rule.id() + " failed: " + describe(e)));
        }
        if (Deadline.passed()) { // a step that stops early when told may have found only part of its findings
            return new RuleRun(List.of(), outOfTime(source, "rule " + rule.id()));
        }
        return new RuleRun(collector.issues(), null);
    }

    /**
     * The rules that may run beside the others (LanguageTool's), started on this run's spare threads with what is left
     * of the document's time budget; none when the run has no thread to spare. Their findings are taken in their turn,
     * so the report is the same either way.
     */
    private Map<Rule, Future<RuleRun>> startBeside(Document document, SourceText source) {
        ExecutorService spare = SPARE_THREADS.get();
        if (spare == null) {
            return Map.of();
        }
        Map<Rule, Future<RuleRun>> started = new HashMap<>();
        long remaining = Deadline.remainingNanos();
        for (Rule rule : rules.rules()) {
            if (rule.runsBesideOthers()) {
                started.put(rule, spare.submit(() -> Deadline.within(remaining, () -> run(rule, document, source))));
            }
        }
        return started;
    }

    private RuleRun awaitBeside(Future<RuleRun> beside, Rule rule, SourceText source) {
        try {
            return beside.get();
        } catch (ExecutionException e) {
            return new RuleRun(List.of(), ProcessingError.internal(source.id(), "rule " + rule.id() + " failed: "
                    + describe(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RuleRun(List.of(), ProcessingError.internal(source.id(), "rule " + rule.id() + " was interrupted"));
        }
    }

    /** A document (or piece) analysed, with the findings of every rule, filtered. */
    private record Checked(Document document, List<Issue> issues, Map<String, RuleMeta> fired) {
    }

    /** Analyses the text and runs every rule and filter on it; null when the analysis failed or ran out of time. */
    private Checked analyseAndRun(SourceText source, SourceText original, String language, BilingualDocument bilingual,
                                  List<ProcessingError> errors) {
        Document document;
        try {
            document = analyzer.analyze(source);
            if (original != null) {
                document = pairing.pair(document, original, language);
            } else if (bilingual != null) {
                document = pairing.pair(document, bilingual);
            }
        } catch (RuntimeException | StackOverflowError e) {
            errors.add(Deadline.passed() ? outOfTime(source, "the analysis")
                    : ProcessingError.internal(source.id(), "analysis failed: " + describe(e)));
            return null;
        }
        if (Deadline.passed()) {
            errors.add(outOfTime(source, "the analysis"));
            return null;
        }
        List<Issue> issues = new ArrayList<>();
        Map<String, RuleMeta> fired = new HashMap<>();
        Map<Rule, Future<RuleRun>> besides = startBeside(document, source);
        try {
            for (Rule rule : rules.rules()) {
                if (Deadline.passed()) {
                    break; // the error for the rule that used the time up is already there
                }
                Future<RuleRun> beside = besides.get(rule);
                RuleRun run = beside != null ? awaitBeside(beside, rule, source) : run(rule, document, source);
                if (run.error() != null) {
                    errors.add(run.error());
                    continue;
                }
                for (Issue issue : run.issues()) {
                    issues.add(issue);
                    fired.computeIfAbsent(issue.ruleId(), id -> rule.metaFor(id).orElse(rule.meta()));
                }
            }
        } finally {
            // one still running when the time ran out ends within its own budget; nothing reads what it finds
            besides.values().forEach(future -> future.cancel(false));
        }
        for (IssueFilter filter : rules.filters()) {
            try {
                issues = new ArrayList<>(filter.filter(document, issues));
            } catch (RuntimeException e) {
                errors.add(ProcessingError.internal(source.id(), "filter " + filter.getClass().getSimpleName() + " failed: " + describe(e)));
            }
        }
        return new Checked(document, issues, fired);
    }

    /** The document's result: its findings ordered, fingerprinted, matched against the baseline, located and scored. */
    private Outcome report(SourceText source, int words, List<Span> sentences, Optional<SourceDocument> sourceDocument,
                           List<Issue> found, Map<String, RuleMeta> fired, List<ProcessingError> errors,
                           BilingualDocument bilingual) {
        String text = source.text();
        LineIndex lines = source.lines();
        List<Issue> issues = supersession.apply(found);
        issues.sort(IssueOrder.ORDER);
        List<String> keys = issues.stream().map(issue -> Fingerprints.key(issue.ruleId(), issue.span().of(text))).toList();
        List<String> fingerprints = Fingerprints.of(keys);
        List<Location> locations = issues.stream().map(issue -> lines.locate(issue.span())).toList();
        boolean[] accepted = baseline.accepted(source.id(), keys, locations);
        List<Issue> kept = new ArrayList<>();
        List<ReportedIssue> reported = new ArrayList<>();
        int suppressed = 0;
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            if (accepted[i]) {
                suppressed++;
                continue;
            }
            kept.add(issue);
            Location location = locations.get(i);
            reported.add(new ReportedIssue(issue, location,
                    lines.originalCodePointOffset(issue.span().start()),
                    lines.originalCodePointOffset(issue.span().end()),
                    lines.originalText(text, issue.span()), fingerprints.get(i),
                    sourceExcerpt(sourceDocument, issue).orElse(null),
                    sourceDocument.flatMap(s -> s.segmentOnLine(location.line())).map(FileSegment::id).orElse(null)));
        }
        fired.keySet().retainAll(kept.stream().map(Issue::ruleId).toList());
        MqmScore score = scorer.score(kept, words);
        return new Outcome(new DocumentResult(source.id(), text, words, score, reported, sentences,
                suppressed, sourceDocument.map(s -> sourceInfo(s, bilingual)).orElse(null)), errors, fired, null,
                baseline.unmatched(source.id(), keys));
    }

    private static Optional<SourceExcerpt> sourceExcerpt(Optional<SourceDocument> sourceDocument, Issue issue) {
        return issue.source().flatMap(span -> sourceDocument.map(source -> new SourceExcerpt(
                source.lines().originalCodePointOffset(span.start()), source.lines().originalCodePointOffset(span.end()),
                source.lines().originalText(source.text(), span))));
    }

    private SourceInfo sourceInfo(SourceDocument source, BilingualDocument bilingual) {
        Alignment alignment = source.alignment();
        String note = null;
        if (bilingual != null && bilingual.leftOut() > 0) {
            note = bilingual.leftOut() + " of the file's " + bilingual.file().segments().size() + " segments not checked "
                    + (skipApproved ? "(translate=\"no\", or approved or final)" : "(translate=\"no\")");
        }
        if (alignment.kind() == AlignmentKind.SENTENCES) {
            long unmatchedSource = alignment.segments().stream().filter(s -> s.target().isEmpty()).count();
            long unmatchedTarget = alignment.segments().stream().filter(s -> s.source().isEmpty()).count();
            note = "not line-aligned (the sides have different numbers of lines): sentences were aligned by length and "
                    + "numbers; " + unmatchedSource + " source and " + unmatchedTarget + " target sentences have no counterpart";
        }
        if (source.segments().isEmpty()) {
            return new SourceInfo(source.path(), source.language(), alignment.kind(), source.text(), alignment.segments(), note);
        }
        // a bilingual file is shown a segment a row, with its id; a segment without translation too, unlike in the alignment
        List<AlignedSegment> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (FileSegment segment : source.segments()) {
            if (!segment.target().isEmpty() || !segment.source().isEmpty()) {
                rows.add(new AlignedSegment(segment.target(), segment.source(), 1.0));
                ids.add(segment.id());
            }
        }
        return new SourceInfo(source.path(), source.language(), alignment.kind(), source.text(), rows, note, ids);
    }

    /** The report of outcomes in input order, after the run's comparison. */
    private Report assemble(List<Outcome> outcomes) {
        CrossDocumentPass crossDocument = new CrossDocumentPass();
        Totals totals = new Totals();
        List<DocumentResult> documents = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Outcome resolved = crossDocument.resolve(outcome);
            totals.add(resolved);
            if (resolved.result() != null) {
                documents.add(resolved.result());
            }
        }
        return Report.of(header(), documents, totals.toRunTotals());
    }

    /** The run's totals, added up a document at a time in input order. */
    private final class Totals {
        private final List<ProcessingError> errors = new ArrayList<>();
        private final TreeMap<String, RuleMeta> fired = new TreeMap<>();
        private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        private double penalty;
        private int documents;
        private int words;
        private int issues;
        private int suppressed;
        private int baselineUnmatched;
        private boolean critical;

        void add(Outcome outcome) {
            errors.addAll(outcome.errors());
            fired.putAll(outcome.fired());
            DocumentResult result = outcome.result();
            if (result == null) {
                return;
            }
            documents++;
            penalty += result.score().penalty();
            words += result.words();
            issues += result.issues().size();
            suppressed += result.suppressed();
            baselineUnmatched += outcome.baselineUnmatched();
            for (ReportedIssue issue : result.issues()) {
                bySeverity.merge(issue.issue().severity(), 1, Integer::sum);
                critical |= issue.issue().severity() == Severity.CRITICAL;
            }
        }

        RunTotals toRunTotals() {
            Summary summary = new Summary(documents, words, issues, bySeverity, scorer.score(penalty, words, critical), suppressed,
                    baselineUnmatched);
            return new RunTotals(errors, summary, fired);
        }
    }

    private Outcome await(Future<Outcome> future, Input input) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, List.of(ProcessingError.internal(input.displayPath(), "interrupted")), Map.of());
        } catch (ExecutionException e) {
            return new Outcome(null, List.of(ProcessingError.internal(input.displayPath(), "internal error: " + describe(e.getCause()))),
                    Map.of());
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        String line = message.lines().findFirst().orElse("");
        // some messages quote their whole input: one line for the user, not the document again
        return name + ": " + (line.length() > MAX_MESSAGE_LENGTH ? line.substring(0, MAX_MESSAGE_LENGTH) + "…" : line);
    }

}
