package io.github.mtlint.glossary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV or TSV glossary: a header row naming each column, then one concept a row. A column is a language
 * ({@code zh}, {@code en}, {@code en-GB}; repeat a language for several forms), {@code note}, {@code source} (where the
 * entry was checked) or {@code status} ({@code do-not-translate}, or empty). A form written {@code !form} is
 * forbidden. Empty cells are skipped; lines starting with {@code #} are comments.
 */
final class DelimitedGlossaryReader {

    static final String FORBIDDEN_MARK = "!";

    private static final Pattern CSV_ERROR = Pattern.compile("\\((?:start)?line (\\d+)\\)\\s*(.*)");
    private static final Pattern CSV_ERROR_AT = Pattern.compile("\\s*at line: (\\d+), position: (\\d+)");

    private DelimitedGlossaryReader() {
    }

    static List<Concept> read(Path file, char delimiter) throws GlossaryException {
        String name = file.toString();
        CSVFormat format = (delimiter == '\t'
                ? CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false)
                : CSVFormat.RFC4180.builder())
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<Concept> concepts = new ArrayList<>();
            List<String> header = null;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header == null) {
                    header = header(name, line, record);
                    continue;
                }
                Concept concept = concept(name, line, header, record);
                if (concept != null) {
                    concepts.add(concept);
                }
            }
            if (header == null) {
                throw new GlossaryException(name, "empty glossary: expected a header row of language codes such as zh,en,en,note");
            }
            return concepts;
        } catch (UncheckedIOException e) {
            throw ioError(name, e.getCause());
        } catch (IOException e) {
            throw ioError(name, e);
        }
    }

    private static GlossaryException ioError(String name, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new GlossaryException(name, "not UTF-8 text");
        }
        String message = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()).lines().findFirst().orElse("");
        // Commons CSV names the line in brackets ("(startline 2) EOF reached before encapsulated token finished") or
        // after the reason ("Invalid character between encapsulated token and delimiter at line: 2, position: 28")
        Matcher bracketed = CSV_ERROR.matcher(message);
        Matcher trailing = CSV_ERROR_AT.matcher(message);
        String reason;
        long line;
        if (bracketed.find()) {
            reason = bracketed.group(2).strip();
            line = Long.parseLong(bracketed.group(1));
        } else if (trailing.find()) {
            reason = message.substring(0, trailing.start()).strip();
            line = Long.parseLong(trailing.group(1)); // its "position" counts from the start of the file
        } else {
            return new GlossaryException(name, "cannot read: " + message);
        }
        if (reason.startsWith("EOF reached before encapsulated token finished")) {
            reason = "a quoted field that starts on this line is not closed (a \" is missing)";
        } else if (reason.toLowerCase(Locale.ROOT).startsWith("invalid char")) {
            reason = "text after a quoted field's closing \" (quote the whole field, and double a \" inside it)";
        }
        return new GlossaryException(name, line, 1, reason);
    }

    private static List<String> header(String file, long line, CSVRecord record) throws GlossaryException {
        List<String> columns = new ArrayList<>();
        int column = 1;
        boolean language = false;
        for (String cell : record) {
            String c = cell.strip().replace("\uFEFF", "");
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.equals("note") || lower.equals("source") || lower.equals("status")) {
                columns.add(lower);
            } else if (c.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
                columns.add(c);
                language = true;
            } else {
                // "source,target" is a common header elsewhere: here "source" is where an entry was checked
                throw new GlossaryException(file, line, column, "header: '" + c + "' is neither a language code (zh, en, en-GB) "
                        + "nor note, source or status; name each term column by its language, as in zh,en,note ('source' is "
                        + "where an entry was checked)");
            }
            column++;
        }
        if (!language) {
            throw new GlossaryException(file, line, 1, "header: no language column (expected e.g. zh,en,en,note)");
        }
        return columns;
    }

    private static Concept concept(String file, long line, List<String> header, CSVRecord record) throws GlossaryException {
        if (record.size() > header.size()) {
            throw new GlossaryException(file, line, header.size() + 1, record.size() + " cells, but the header names "
                    + header.size() + " columns");
        }
        List<Term> terms = new ArrayList<>();
        String note = "";
        String reference = "";
        boolean doNotTranslate = false;
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            String column = header.get(i);
            switch (column) {
                case "note" -> note = cell;
                case "source" -> reference = cell;
                case "status" -> {
                    String status = cell.toLowerCase(Locale.ROOT);
                    if (!status.equals("do-not-translate") && !status.equals("dnt")) {
                        throw new GlossaryException(file, line, i + 1, "unknown status '" + cell
                                + "' (expected do-not-translate, or nothing)");
                    }
                    doNotTranslate = true;
                }
                default -> {
                    boolean forbidden = cell.startsWith(FORBIDDEN_MARK);
                    String text = forbidden ? cell.substring(FORBIDDEN_MARK.length()).strip() : cell;
                    if (text.isEmpty()) {
                        throw new GlossaryException(file, line, i + 1, "'!' marks a forbidden form but no form follows");
                    }
                    terms.add(new Term(column, text, forbidden ? TermStatus.FORBIDDEN : TermStatus.PREFERRED));
                }
            }
        }
        if (terms.isEmpty()) {
            if (note.isEmpty() && reference.isEmpty() && !doNotTranslate) {
                return null;
            }
            throw new GlossaryException(file, line, 1, "a row without a term");
        }
        if (doNotTranslate && terms.stream().anyMatch(t -> !t.status().allowed())) {
            throw new GlossaryException(file, line, 1, "a do-not-translate row cannot have forbidden (!) forms");
        }
        return new Concept(terms, doNotTranslate, note, reference, Path.of(file).getFileName() + ":" + line);
    }
}
