package io.github.mtlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.render.Renderer;
import io.github.mtlint.render.Renderers;
import io.github.mtlint.report.Report;
import io.github.mtlint.text.BilingualDocument;
import io.github.mtlint.text.BilingualFiles;
import io.github.mtlint.text.DocumentReader;
import io.github.mtlint.text.PairedText;
import io.github.mtlint.text.SourceLanguages;
import io.github.mtlint.text.SourceText;
import io.github.mtlint.text.TextToCheck;
import io.github.mtlint.text.UnreadableInputException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * mtlint's own API, {@code POST /v1/check}: texts ({@code text}, repeatable, each optionally named by a {@code path}
 * in the same order) and their sources ({@code source}, {@code sourcePath}, {@code sourceLanguage}: one each per text,
 * empty for a text without, or none) with the options of {@code mtlint check} ({@code variant}, {@code enable}, {@code disable},
 * {@code date}) give the report in {@code format} (default json), the same bytes {@code mtlint check} writes for the
 * same texts in files of those names. Several {@code format}s give a JSON object of the reports by format.
 */
final class MtlintApi {

    static final String DEFAULT_PATH = "<text>";
    /** A source given without a path is named after its translation, as NAME.zh.txt is found beside NAME.txt. */
    private static final String SOURCE_SUFFIX = " (source)";
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * A parsed request: what to check (texts with or without their sources, and bilingual files: a text whose
     * {@code path} ends in .xlf, .xliff, .tmx or .tsv), how, and which reports to write.
     */
    record Request(List<TextToCheck> texts, CheckOptions options, List<Renderer> renderers) {
    }

    /** A rendered answer. */
    record Answer(String contentType, String body) {
    }

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "json", "application/json",
            "sarif", "application/sarif+json",
            "html", "text/html",
            "junit", "application/xml");

    private static final List<String> FIELDS = List.of("text", "path", "source", "sourcePath", "sourceLanguage", "format",
            "variant", "enable", "disable", "date");

    private final TextChecker checker;

    MtlintApi(TextChecker checker) {
        this.checker = checker;
    }

    Request parse(Form form) throws HttpError {
        for (String name : form.names()) {
            if (!FIELDS.contains(name)) {
                // A field the API does not know would otherwise be ignored silently: a glossary sent here, or a typo.
                throw HttpError.badRequest("unknown field '" + name + "' (fields: " + String.join(", ", FIELDS)
                        + "; glossaries, severities and scoring are the server's: mtlint serve --config or --glossary)");
            }
        }
        List<String> texts = form.all("text");
        if (texts.isEmpty()) {
            throw HttpError.badRequest("missing 'text' parameter");
        }
        List<String> paths = form.all("path");
        if (!paths.isEmpty() && paths.size() != texts.size()) {
            throw HttpError.badRequest("give a 'path' for every 'text' or for none (" + texts.size() + " texts, " + paths.size() + " paths)");
        }
        List<String> sources = form.all("source");
        List<String> sourcePaths = form.all("sourcePath");
        List<String> sourceLanguages = form.all("sourceLanguage");
        requireOnePerText("source", sources, texts.size());
        requireOnePerText("sourcePath", sourcePaths, texts.size());
        requireOnePerText("sourceLanguage", sourceLanguages, texts.size());
        DocumentReader reader = new DocumentReader();
        List<TextToCheck> pairs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String path = paths.isEmpty() ? (texts.size() == 1 ? DEFAULT_PATH : DEFAULT_PATH + (i + 1)) : paths.get(i);
            boolean hasSource = !sources.isEmpty() && !sources.get(i).isEmpty();
            if (BilingualFiles.extension(path).isPresent()) {
                pairs.add(bilingualFile(texts.get(i), path, hasSource));
                continue;
            }
            SourceText translation = decode(reader, texts.get(i), path);
            if (!hasSource) {
                pairs.add(PairedText.alone(translation));
                continue;
            }
            String sourcePath = sourcePaths.isEmpty() || sourcePaths.get(i).isEmpty() ? path + SOURCE_SUFFIX : sourcePaths.get(i);
            String language = sourceLanguages.isEmpty() || sourceLanguages.get(i).isBlank() ? null : sourceLanguages.get(i).strip();
            if (language != null && !SourceLanguages.isTag(language)) {
                throw HttpError.badRequest("sourceLanguage: '" + language + "' is not a BCP-47 language tag such as zh or zh-Hant");
            }
            pairs.add(new PairedText(translation, decode(reader, sources.get(i), sourcePath), language));
        }
        List<Renderer> renderers = new ArrayList<>();
        List<String> formats = form.all("format").isEmpty() ? List.of("json") : form.all("format");
        for (String format : formats) {
            renderers.add(Renderers.byName(format).orElseThrow(() -> HttpError.badRequest(
                    "unknown format '" + format + "' (expected one of " + String.join(", ", Renderers.names()) + ")")));
        }
        return new Request(pairs, options(form), renderers);
    }

    /**
     * A text whose {@code path} ends in {@code .xlf}, {@code .xliff}, {@code .tmx} or {@code .tsv} is such a file, read as
     * {@code mtlint check} reads it: its sources are inside it.
     */
    private static BilingualDocument bilingualFile(String text, String path, boolean withSource) throws HttpError {
        if (withSource) {
            throw HttpError.badRequest(path + ": an XLIFF, TMX or TSV file holds its sources: give it without 'source'");
        }
        try {
            return BilingualDocument.of(BilingualFiles.read(asUtf8Xml(text).getBytes(StandardCharsets.UTF_8), path),
                    path, false);
        } catch (UnreadableInputException e) {
            throw HttpError.badRequest(e.path() + ": " + e.getMessage());
        }
    }

    /** An XML declaration's encoding, which the form's text, characters already, no longer has. */
    private static final java.util.regex.Pattern DECLARED_ENCODING =
            java.util.regex.Pattern.compile("\\A(\\uFEFF?\\s*<\\?xml\\s[^?]*?encoding\\s*=\\s*)([\"'])[^\"']*\\2");

    /** The text with its XML declaration, if any, naming the encoding it is sent to the reader in. */
    static String asUtf8Xml(String text) {
        return DECLARED_ENCODING.matcher(text).replaceFirst("$1$2UTF-8$2");
    }

    /** Source fields are given for every text (empty for a text without one) or for none, so that each has its place. */
    private static void requireOnePerText(String field, List<String> values, int texts) throws HttpError {
        if (!values.isEmpty() && values.size() != texts) {
            throw HttpError.badRequest("give a '" + field + "' for every 'text' (empty for a text without one) or for none ("
                    + texts + " texts, " + values.size() + " " + field + "s)");
        }
    }

    private static SourceText decode(DocumentReader reader, String text, String path) throws HttpError {
        try {
            return reader.decode(text.getBytes(StandardCharsets.UTF_8), path);
        } catch (UnreadableInputException e) {
            throw HttpError.badRequest(path + ": " + e.getMessage());
        }
    }

    static CheckOptions options(Form form) throws HttpError {
        EnglishVariant variant;
        LocalDate date;
        try {
            variant = form.first("variant").filter(v -> !v.isBlank()).map(EnglishVariant::parse).orElse(null);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("variant: " + e.getMessage());
        }
        try {
            date = form.first("date").filter(v -> !v.isBlank()).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("date: '" + form.first("date").orElse("") + "' is not a date like 2022-09-16");
        }
        return new CheckOptions(variant, form.list("enable"), form.list("disable"), date);
    }

    /** The report of the request's texts or file; runs on a worker. */
    Report check(Request request) {
        return checker.check(request.texts(), request.options());
    }

    /** Runs on a worker. */
    Answer answer(Request request) throws HttpError {
        Report report;
        try {
            report = check(request);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        if (request.renderers().size() == 1) {
            Renderer renderer = request.renderers().get(0);
            return new Answer(CONTENT_TYPES.getOrDefault(renderer.name(), "text/plain"), render(renderer, report));
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Renderer renderer : request.renderers()) {
                g.writeStringField(renderer.name(), render(renderer, report));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer("application/json", out.toString());
    }

    static String render(Renderer renderer, Report report) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
