package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Document;
import io.github.mtlint.render.ReportStream;
import io.github.mtlint.render.Spool;
import io.github.mtlint.render.TextRenderer;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.RunTotals;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.Analyzer;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run hands its documents over in input order as soon as each and every one before it are done, and keeps few
 * finished documents waiting, however slow the first. Documents are told apart by their file names; the analyser is
 * the real one, slowed down or held back for some documents.
 */
class StreamingLintTest {

    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path folder;

    /** The real analyser; before a document, {@code before} runs on the worker with the document's name. */
    private record Held(Analyzer analyzer, java.util.function.Consumer<String> before) implements Analyzer {
        @Override
        public Document analyze(SourceText source) {
            before.accept(source.id());
            return analyzer.analyze(source);
        }
    }

    private Linter linter(java.util.function.Consumer<String> before, int threads) {
        return new Linter(new Held(Fixtures.analyzer(), before), Fixtures.rules(), Fixtures.settings(), ScoringModel.standard(),
                Baseline.empty(), threads, "test");
    }

    private List<Input> inputs(int count) throws IOException {
        String article = Files.readString(Path.of("samples/xi_central_asia.txt"));
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve("doc" + i + ".txt");
            // the second document is the sample article, with findings; the others are short
            Files.writeString(file, i == 1 ? article : "Talks in Samarkand, part " + i + ".\n\nThe leaders met on Friday and "
                    + "signed the the agreement.\n");
            inputs.add(new Input.FileInput(file, "doc" + i + ".txt"));
        }
        return inputs;
    }

    private static void await(Predicate<Void> condition, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.test(null)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void documentsFinishedOutOfOrderAreHandedOverInInputOrderWithFewWaiting() throws Exception {
        int window = 3;
        Set<String> started = ConcurrentHashMap.newKeySet();
        AtomicInteger finishedNotHandedOver = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();
        List<String> startedWhileTheFirstWaited = new ArrayList<>();
        Linter linter = linter(name -> {
            started.add(name);
            if (name.equals("doc0.txt")) {
                // the first document is the slowest: it waits until the window's other documents are done
                await(x -> finishedNotHandedOver.get() >= window - 1, "the documents after the first are done");
                try {
                    Thread.sleep(300); // time enough for a worker to start a document beyond the window, were one submitted
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                startedWhileTheFirstWaited.addAll(new java.util.TreeSet<>(started));
            }
        }, 2).withReorderWindow(new Linter.ReorderWindow(window, window, 0));
        List<Input> inputs = inputs(8);
        List<String> handedOver = Collections.synchronizedList(new ArrayList<>());
        Linter.Progress finished = words -> mostWaiting.accumulateAndGet(finishedNotHandedOver.incrementAndGet(), Math::max);
        RunTotals totals = linter.lint(inputs, InputStream.nullInputStream(), finished, document -> {
            handedOver.add(document.path());
            finishedNotHandedOver.decrementAndGet();
        });

        assertEquals(inputs.stream().map(Input::displayPath).toList(), handedOver, "input order");
        assertEquals(List.of("doc0.txt", "doc1.txt", "doc2.txt"), startedWhileTheFirstWaited,
                "while the first document is checked, only the window's other documents start");
        assertTrue(mostWaiting.get() <= window, "at most the window's documents are done and not handed over: " + mostWaiting);
        assertEquals(8, totals.summary().files());
    }

    @Test
    void aSlowFirstDocumentDoesNotLeaveTheOtherWorkersIdle() throws Exception {
        int count = 12;
        AtomicInteger done = new AtomicInteger();
        Linter linter = linter(name -> {
            if (name.equals("doc0.txt")) {
                // with a window of documents alone (twice the threads), the others would wait for this one
                await(x -> done.get() >= count - 1, "every document after the first is done");
            }
        }, 2);
        List<String> handedOver = new ArrayList<>();
        RunTotals totals = linter.lint(inputs(count), InputStream.nullInputStream(), words -> done.incrementAndGet(),
                document -> handedOver.add(document.path()));

        assertEquals(count, handedOver.size());
        assertEquals("doc0.txt", handedOver.get(0));
        assertEquals(count, totals.summary().files());
    }

    @Test
    void theFirstDocumentsFindingsAreWrittenBeforeALaterDocumentIsDone() throws Exception {
        StringWriter out = new StringWriter();
        Linter[] linter = new Linter[1];
        List<Input> inputs = inputs(4);
        linter[0] = linter(name -> {
            if (name.equals("doc3.txt")) {
                // the fourth document is done only once the text report shows the second's findings
                await(x -> {
                    synchronized (out) {
                        return out.toString().contains("doc1.txt:");
                    }
                }, "the second document's findings are written");
            }
        }, 2);
        ReportStream text = new TextRenderer().start(linter[0].header(), out, Spool.spilling(0));
        RunTotals totals = linter[0].lint(inputs, InputStream.nullInputStream(), words -> { }, document -> {
            synchronized (out) {
                try {
                    text.document(document);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        text.finish(totals);

        // the same run, rendered whole at the end as before streaming, is the same text
        Report whole = linter(name -> { }, 2).lint(inputs, InputStream.nullInputStream());
        StringWriter expected = new StringWriter();
        new TextRenderer().render(whole, expected);
        assertEquals(expected.toString(), out.toString());
        assertTrue(whole.documents().get(1).issues().size() > 0, "the second document has findings");
    }

    @Test
    void aReportOfTheWholeRunIsTheStreamedDocumentsAndTotals() throws Exception {
        List<Input> inputs = inputs(3);
        List<DocumentResult> streamed = new ArrayList<>();
        RunTotals totals = linter(name -> { }, 2).lint(inputs, InputStream.nullInputStream(), words -> { }, streamed::add);
        Report whole = linter(name -> { }, 2).lint(inputs, InputStream.nullInputStream());
        assertEquals(whole.documents(), streamed);
        assertEquals(whole.totals(), totals);
    }
}
