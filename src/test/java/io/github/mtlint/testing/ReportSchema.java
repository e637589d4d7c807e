package io.github.mtlint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON report contract, docs/report.schema.json, as an assertion: every test that produces a JSON report
 * checks it here, so that the schema and the renderer cannot drift apart unnoticed.
 */
public final class ReportSchema {

    public static final Path FILE = Path.of("docs/report.schema.json");

    private static JsonSchema schema;

    private ReportSchema() {
    }

    private static synchronized JsonSchema schema() {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(FILE)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** The problems the schema finds in a report; empty when it conforms. */
    public static Set<ValidationMessage> problems(JsonNode report) {
        return schema().validate(report);
    }

    /** Asserts that {@code json} is a JSON report that conforms to the schema. */
    public static void assertValid(String json) {
        JsonNode report;
        try {
            report = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
        Set<ValidationMessage> problems = problems(report);
        assertTrue(problems.isEmpty(), "the report breaks " + FILE + ": " + problems);
    }
}
