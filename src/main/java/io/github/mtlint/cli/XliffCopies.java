package io.github.mtlint.cli;

import io.github.mtlint.annotate.LocQualityIssue;
import io.github.mtlint.annotate.XliffAnnotator;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.XliffReader;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code -f xliff -o DIR}: a copy of each checked XLIFF input under DIR, at the path it was given as (a path that
 * leaves the working folder is reduced to the file name), with the findings as ITS 2.0 quality issues. Never over an
 * input: an output that is the same file as any input is refused before anything is written.
 */
final class XliffCopies {

    /** Why a copy could not be written; the message names the file. */
    static final class CopyException extends Exception {
        CopyException(String message) {
            super(message);
        }
    }

    private record Copy(DocumentResult document, Path input, Path output) {
    }

    private XliffCopies() {
    }

    /** Whether a document is one whose copy -f xliff writes: what a run keeps for it. */
    static boolean isXliff(DocumentResult document) {
        String name = document.path().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlf") || name.endsWith(".xliff");
    }

    /** @return one line per copy written, for standard error */
    static List<String> write(Report report, List<Input> inputs, Path folder) throws CopyException {
        List<Copy> copies = new ArrayList<>();
        for (DocumentResult document : report.documents()) {
            if (!isXliff(document)) {
                continue;
            }
            Path input = inputs.stream().filter(Input.FileInput.class::isInstance).map(Input.FileInput.class::cast)
                    .filter(f -> f.displayPath().equals(document.path())).map(Input.FileInput::file).findFirst().orElse(null);
            if (input == null) {
                continue;
            }
            Path output = folder.resolve(relative(document.path()));
            for (Input other : inputs) {
                if (other instanceof Input.FileInput f && sameFile(f.file(), output)) {
                    throw new CopyException(output + ": is the input " + f.displayPath() + "; mtlint never writes over its inputs, "
                            + "give -f xliff another folder with -o");
                }
            }
            copies.add(new Copy(document, input, output));
        }
        List<String> written = new ArrayList<>();
        for (Copy copy : copies) {
            XliffAnnotator.Outcome outcome = annotate(copy);
            written.add(copy.output() + ": " + outcome.marked() + (outcome.marked() == 1 ? " finding" : " findings") + " marked, "
                    + outcome.standoff() + " standoff");
        }
        return written;
    }

    private static XliffAnnotator.Outcome annotate(Copy copy) throws CopyException {
        try {
            Files.createDirectories(copy.output().toAbsolutePath().getParent());
            // with the permissions of the copy it replaces, or those of a new file (the robustness review, round 10)
            Path temporary = OutputTargets.temporaryBeside(copy.output(), copy.output());
            try {
                XliffAnnotator.Outcome outcome;
                List<String> fileNames;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(copy.input()))) {
                    fileNames = XliffReader.fileNames(in); // segment ids name the file when there are several
                }
                try (InputStream in = new BufferedInputStream(Files.newInputStream(copy.input()));
                     OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                    outcome = new XliffAnnotator(LocQualityIssue.bySegment(copy.document()), fileNames).annotate(in, out);
                }
                Files.move(temporary, copy.output(), StandardCopyOption.REPLACE_EXISTING);
                return outcome;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (OutputTargets.OutputException e) {
            throw new CopyException(e.getMessage());
        } catch (IOException e) {
            throw new CopyException(copy.output() + ": cannot write: " + e.getMessage());
        } catch (XMLStreamException e) {
            throw new CopyException(copy.document().path() + ": cannot annotate: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The path as given, inside the folder; one that is absolute or climbs out by '..' keeps only its file name. */
    private static Path relative(String displayPath) {
        Path path = Path.of(displayPath).normalize();
        if (path.isAbsolute() || path.startsWith("..")) {
            return path.getFileName();
        }
        return path;
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
