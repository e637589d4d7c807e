package io.github.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtlint.engine.Gate;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.text.DocumentReader;
import io.github.mtlint.text.Input;
import io.github.mtlint.text.SourceText;
import io.github.mtlint.text.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mtlint check --server URL}: reads the inputs here, has a running {@code mtlint serve} check them
 * ({@code POST /v1/check}), with their sources where they have one, and writes the reports it renders, with the exit code {@code check} would give. An input
 * that cannot be read is named on standard error, as {@code check} does, and the others are still checked.
 */
final class RemoteCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_FORMAT = "json";

    /** One report to write: its format, and its file or null for standard output. */
    record Target(String format, Path file) {
    }

    private final URI server;
    private final PrintWriter out;
    private final PrintWriter err;

    RemoteCheck(URI server, PrintWriter out, PrintWriter err) {
        this.server = server;
        this.out = out;
        this.err = err;
    }

    int run(List<Input> inputs, InputStream stdin, List<Target> targets, EnglishVariant variant, List<String> enable,
            List<String> disable, LocalDate date, Gate gate) {
        DocumentReader reader = new DocumentReader();
        List<String> fields = new ArrayList<>();
        List<String> sourceFields = new ArrayList<>();
        boolean unreadable = false;
        for (Input input : inputs) {
            SourceText translation;
            try {
                translation = reader.read(input, stdin);
            } catch (UnreadableInputException e) {
                err.println(e.path() + ": error: " + e.getMessage());
                unreadable = true;
                continue;
            }
            fields.add(field("path", translation.id()));
            fields.add(field("text", asInFile(translation)));
            SourceText source = null;
            Input.SourceRef ref = input.source().orElse(null);
            if (ref != null) {
                try {
                    source = reader.read(ref.file(), ref.displayPath());
                } catch (UnreadableInputException e) {
                    // as check does: the translation is still checked, on its own
                    err.println(e.path() + ": error: source of " + translation.id() + ": " + e.getMessage());
                    unreadable = true;
                }
            }
            // one of each source field per text, empty where it has none, so that the server pairs them by position
            sourceFields.add(field("source", source == null ? "" : asInFile(source)));
            sourceFields.add(field("sourcePath", source == null ? "" : source.id()));
            sourceFields.add(field("sourceLanguage", source == null || ref.language() == null ? "" : ref.language()));
        }
        if (fields.isEmpty()) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (inputs.stream().anyMatch(input -> input.source().isPresent())) {
            fields.addAll(sourceFields);
        }
        Set<String> formats = new LinkedHashSet<>();
        formats.add(JSON_FORMAT);
        targets.forEach(t -> formats.add(t.format()));
        formats.forEach(f -> fields.add(field("format", f)));
        if (variant != null) {
            fields.add(field("variant", variant.code()));
        }
        enable.forEach(id -> fields.add(field("enable", id)));
        disable.forEach(id -> fields.add(field("disable", id)));
        if (date != null) {
            fields.add(field("date", date.toString()));
        }
        Map<String, String> reports;
        try {
            reports = send(String.join("&", fields), formats);
        } catch (IOException e) {
            err.println("mtlint: cannot check at " + server + ": " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
        for (Target target : targets) {
            String report = reports.get(target.format());
            if (target.file() == null) {
                out.print(report);
                out.flush();
                continue;
            }
            try {
                Path parent = target.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(target.file(), report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("mtlint: cannot write " + target.file() + ": " + e.getMessage());
                return ExitCodes.USAGE_OR_INPUT;
            }
        }
        try {
            int code = exitCode(JSON.readTree(reports.get(JSON_FORMAT)), gate);
            return code == ExitCodes.INTERNAL ? code : unreadable ? ExitCodes.USAGE_OR_INPUT : code;
        } catch (IOException e) {
            err.println("mtlint: the server's JSON report is unreadable: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }

    /** The text as decoded, CRs included, so that the server's positions are the file's. */
    private static String asInFile(SourceText text) {
        return text.lines().originalText(text.text(), new Span(0, text.text().length()));
    }

    private Map<String, String> send(String body, Set<String> formats) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/v1/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new IOException("no server is listening there", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the server answered " + response.statusCode() + ": " + response.body().strip());
        }
        if (formats.size() == 1) {
            return Map.of(JSON_FORMAT, response.body());
        }
        JsonNode byFormat = JSON.readTree(response.body());
        Map<String, String> reports = new java.util.HashMap<>();
        for (String format : formats) {
            JsonNode report = byFormat.get(format);
            if (report == null || !report.isTextual()) {
                throw new IOException("the server sent no " + format + " report");
            }
            reports.put(format, report.asText());
        }
        return reports;
    }

    /** As {@code check} decides it, from the JSON report. */
    static int exitCode(JsonNode report, Gate gate) {
        boolean inputErrors = false;
        for (JsonNode error : report.path("errors")) {
            if (error.path("kind").asText().equals("internal")) {
                return ExitCodes.INTERNAL;
            }
            inputErrors = true;
        }
        if (inputErrors) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        for (JsonNode file : report.path("files")) {
            List<Severity> severities = new ArrayList<>();
            file.path("issues").forEach(issue -> severities.add(Severity.parse(issue.path("severity").asText())));
            if (gate.fails(file.path("passed").asBoolean(), file.path("score").asDouble(), severities)) {
                return ExitCodes.GATE_FAILED;
            }
        }
        return ExitCodes.PASS;
    }

    private static String field(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
