package io.github.mtlint.spark;

import io.github.mtlint.engine.Linter;
import io.github.mtlint.model.Issue;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.setup.EngineSettings;
import io.github.mtlint.text.BilingualDocument;
import io.github.mtlint.text.BilingualFiles;
import io.github.mtlint.text.DocumentReader;
import io.github.mtlint.text.PairedText;
import io.github.mtlint.text.SourceText;
import io.github.mtlint.text.UnreadableInputException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a partition's documents with the executor's engine: each input row (see {@link Schemas#INPUT}) becomes one
 * row of {@link Schemas#CHECKED}. A text is read exactly as the CLI reads a file (encodings, BOM, line ends), so the
 * findings are the CLI's. Nothing a document does fails the task: an unreadable or malformed input is an
 * {@code input} error row, a failed analysis or rule an {@code internal} one.
 */
final class DocumentChecker implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private static final int INPUT_ID = Schemas.INPUT.fieldIndex(Schemas.ID);
    private static final int INPUT_GROUP = Schemas.INPUT.fieldIndex(Schemas.GROUP);
    private static final int INPUT_TEXT = Schemas.INPUT.fieldIndex(Schemas.TEXT);
    private static final int INPUT_PATH = Schemas.INPUT.fieldIndex(Schemas.PATH);
    private static final int INPUT_MALFORMED = Schemas.INPUT.fieldIndex(Schemas.MALFORMED);
    private static final int INPUT_SOURCE_ID = Schemas.INPUT.fieldIndex(Schemas.SOURCE_ID);
    private static final int INPUT_SOURCE = Schemas.INPUT.fieldIndex(Schemas.SOURCE);
    private static final int INPUT_SOURCE_PATH = Schemas.INPUT.fieldIndex(Schemas.SOURCE_PATH);
    private static final int INPUT_SOURCE_LANGUAGE = Schemas.INPUT.fieldIndex(Schemas.SOURCE_LANGUAGE);
    private static final int INPUT_PATH_BYTES = Schemas.INPUT.fieldIndex(Schemas.PATH_BYTES);

    private final EngineSettings settings;
    private final DocumentLimits limits;
    private final FileContents files;

    DocumentChecker(EngineSettings settings, DocumentLimits limits, FileContents files) {
        this.settings = settings;
        this.limits = limits;
        this.files = files;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        Linter linter = ExecutorEngine.onExecutor(settings, limits);
        DocumentReader reader = new DocumentReader();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Row next() {
                return check(linter, reader, files, limits.skipApproved(), inputs.next());
            }
        };
    }

    private static Row check(Linter linter, DocumentReader reader, FileContents files, boolean skipApproved, Row input) {
        // by position: rows straight from a map over the files carry no schema
        String id = input.getString(INPUT_ID);
        String group = input.getString(INPUT_GROUP);
        String malformed = input.getString(INPUT_MALFORMED);
        if (malformed != null) {
            return errorRow(id, group, malformed, Schemas.ERROR_KIND_INPUT);
        }
        String path = input.getString(INPUT_PATH);
        boolean bilingual = path != null && BilingualFiles.extension(id).isPresent();
        if (!bilingual && !input.isNullAt(INPUT_PATH_BYTES)) {
            // refused before it is read, as check refuses a file by its size: a huge file must not fill the executor
            Optional<ProcessingError> refused = linter.sizeRefusal(id, input.getLong(INPUT_PATH_BYTES));
            if (refused.isPresent()) {
                return errorRow(id, group, refused.get().message(), Schemas.ERROR_KIND_INPUT);
            }
        }
        byte[] bytes;
        try {
            bytes = files.bytes(input.getString(INPUT_TEXT), path, id);
        } catch (UnreadableInputException e) {
            return errorRow(id, group, e.getMessage(), Schemas.ERROR_KIND_INPUT);
        }
        if (bilingual) {
            return checkBilingual(linter, id, group, bytes, skipApproved);
        }
        SourceText text;
        try {
            text = reader.decode(bytes, id);
        } catch (UnreadableInputException e) {
            return errorRow(id, group, e.getMessage(), Schemas.ERROR_KIND_INPUT);
        }
        SourceText source = null;
        String sourceError = null;
        if (!input.isNullAt(INPUT_SOURCE) || !input.isNullAt(INPUT_SOURCE_PATH)) {
            String sourceId = input.getString(INPUT_SOURCE_ID);
            try {
                source = reader.decode(files.bytes(input.getString(INPUT_SOURCE), input.getString(INPUT_SOURCE_PATH), sourceId),
                        sourceId);
            } catch (UnreadableInputException e) {
                // as the CLI does: the translation is still checked, on its own, and the row says why
                sourceError = "source of " + id + ": " + e.getMessage();
            }
        }
        Report report;
        try {
            report = ExecutorEngine.check(linter, new PairedText(text, source, input.getString(INPUT_SOURCE_LANGUAGE)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + id, e);
        } catch (RuntimeException | StackOverflowError e) {
            return errorRow(id, group, "internal error: " + e, Schemas.ERROR_KIND_INTERNAL);
        }
        if (sourceError != null) {
            List<ProcessingError> errors = new ArrayList<>(report.errors());
            errors.add(0, ProcessingError.input(text.id(), sourceError));
            report = new Report(report.toolVersion(), report.scoring(), report.documents(), errors, report.summary(), report.rules());
        }
        return checkedRow(id, group, report);
    }

    /** An XLIFF, TMX or TSV file of a folder: its segments checked as the CLI checks the file, named as it names them. */
    private static Row checkBilingual(Linter linter, String id, String group, byte[] content, boolean skipApproved) {
        try {
            BilingualDocument document = BilingualDocument.of(BilingualFiles.read(content, id), id, skipApproved);
            return checkedRow(id, group, ExecutorEngine.check(linter, document));
        } catch (UnreadableInputException e) {
            return errorRow(id, group, e.getMessage(), Schemas.ERROR_KIND_INPUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + id, e);
        } catch (RuntimeException | StackOverflowError e) {
            return errorRow(id, group, "internal error: " + e, Schemas.ERROR_KIND_INTERNAL);
        }
    }

    static Row checkedRow(String id, String group, Report report) {
        String error = report.errors().isEmpty() ? null
                : report.errors().stream().map(ProcessingError::message).collect(Collectors.joining("; "));
        String errorKind = report.errors().isEmpty() ? null
                : report.errors().stream().anyMatch(ProcessingError::internal) ? Schemas.ERROR_KIND_INTERNAL
                : Schemas.ERROR_KIND_INPUT;
        if (report.documents().isEmpty()) {
            return errorRow(id, group, error, errorKind);
        }
        DocumentResult document = report.documents().get(0);
        List<Row> findings = new ArrayList<>(document.issues().size());
        for (ReportedIssue reported : document.issues()) {
            findings.add(finding(reported));
        }
        return RowFactory.create(id, group, document.words(), document.score().penalty(),
                document.score().normedPenalty(), document.score().score(), document.score().passed(), error, errorKind,
                seq(findings));
    }

    private static Row finding(ReportedIssue reported) {
        Issue issue = reported.issue();
        return RowFactory.create(issue.ruleId(), issue.category().path(), issue.severity().id(), issue.message(),
                reported.start(), reported.end(), reported.location().line(), reported.location().column(),
                reported.location().endLine(), reported.location().endColumn(), reported.text(),
                seq(issue.suggestions()), reported.fingerprint(),
                reported.source() == null ? null : reported.source().start(),
                reported.source() == null ? null : reported.source().end(),
                reported.source() == null ? null : reported.source().text(), reported.segment());
    }

    private static Row errorRow(String id, String group, String error, String errorKind) {
        return RowFactory.create(id, group, null, null, null, null, null, error, errorKind, seq(List.of()));
    }

    /** Spark's rows hold Scala sequences for array columns. */
    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }
}
