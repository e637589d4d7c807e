package io.github.mtlint.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One analysed input: the normalised text (LF line ends, no BOM), its paragraphs, sentences and tokens,
 * and the date the text itself states (its dateline), if any.
 *
 * <p>Attachments carry analyzer-specific data to the rules that understand it (LanguageTool's own
 * sentence analysis, for instance) without this package knowing their types.
 */
public final class Document {

    private final String id;
    private final String text;
    private final LineIndex lines;
    private final List<Paragraph> paragraphs;
    private final LocalDate statedDate;
    private final Integer mainYear;
    private final Map<Class<?>, Object> attachments;
    private final int words;
    private final SourceDocument source;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    /**
     * @param statedDate the date the text gives in its opening (dateline), or null
     * @param mainYear   the year the text names most often, or null
     */
    public Document(String id, String text, LineIndex lines, List<Paragraph> paragraphs, LocalDate statedDate,
                    Integer mainYear, Map<Class<?>, Object> attachments) {
        this(id, text, lines, paragraphs, statedDate, mainYear, attachments, null);
    }

    private Document(String id, String text, LineIndex lines, List<Paragraph> paragraphs, LocalDate statedDate,
                     Integer mainYear, Map<Class<?>, Object> attachments, SourceDocument source) {
        this.id = Objects.requireNonNull(id);
        this.text = Objects.requireNonNull(text);
        this.lines = Objects.requireNonNull(lines);
        this.paragraphs = List.copyOf(paragraphs);
        this.statedDate = statedDate;
        this.mainYear = mainYear;
        this.attachments = Map.copyOf(attachments);
        this.words = countWords(text);
        this.source = source;
    }

    /** This document with the text it was translated from beside it. */
    public Document withSource(SourceDocument source) {
        return new Document(id, text, lines, paragraphs, statedDate, mainYear, attachments, Objects.requireNonNull(source));
    }

    /** The text this document was translated from, when the run has it; accuracy rules need it. */
    public Optional<SourceDocument> source() {
        return Optional.ofNullable(source);
    }

    /** The path as the user gave it, or "<stdin>" for standard input. */
    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public String text(Span span) {
        return span.of(text);
    }

    public LineIndex lines() {
        return lines;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public Stream<Sentence> sentences() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream());
    }

    public Stream<Token> tokens() {
        return sentences().flatMap(s -> s.tokens().stream());
    }

    /** Words as MQM counts them for normalising penalties: whitespace-separated chunks. */
    public int words() {
        return words;
    }

    /** The date the text gives in its opening ("BEIJING, Sept. 16, 2022"). */
    public Optional<LocalDate> statedDate() {
        return Optional.ofNullable(statedDate);
    }

    /** The year the text names most often, a hint of when it was written where it states no date. */
    public Optional<Integer> mainYear() {
        return Optional.ofNullable(mainYear);
    }

    public Location locate(Span span) {
        return lines.locate(span);
    }

    /**
     * Where a span stands, for a message that points at it: "on line 6"; in a bilingual file (XLIFF, TMX, TSV), whose
     * lines are its segments and no lines of the file, "in segment ID".
     */
    public String placeOf(Span span) {
        int line = locate(span).line();
        return source().flatMap(s -> s.segmentOnLine(line)).map(segment -> "in segment " + segment.id()).orElse("on line " + line);
    }

    public <T> Optional<T> attachment(Class<T> type) {
        return Optional.ofNullable(attachments.get(type)).map(type::cast);
    }

    /**
     * An analysis derived from this document (the entities it mentions, say), computed on first request and shared
     * by every rule that asks for it. The computation must not ask for another derived analysis.
     */
    public <T> T derived(Class<T> type, Function<Document, T> compute) {
        return type.cast(derived.computeIfAbsent(type, k -> compute.apply(this)));
    }

    /** The paragraph containing the offset, if any. */
    public Optional<Paragraph> paragraphAt(int offset) {
        for (Paragraph p : paragraphs) {
            if (p.span().start() <= offset && offset <= p.span().end()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
