package io.github.mtlint.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.Report;
import io.github.mtlint.text.Input;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF for samples/ validates against the official SARIF 2.1.0 schema and says what code scanning needs. */
class SarifSchemaTest {

    @Test
    void sarifOfTheSamplesIsValid() throws Exception {
        List<Input> inputs;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            inputs = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> (Input) new Input.FileInput(f, f.toString())).toList();
        }
        Report report = Fixtures.linter().lint(inputs, InputStream.nullInputStream());
        StringWriter out = new StringWriter();
        new SarifRenderer().render(report, out);
        JsonNode sarif = new ObjectMapper().readTree(out.toString());

        JsonSchema schema;
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());

        JsonNode run = sarif.get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        int results = run.get("results").size();
        assertEquals(report.summary().issues(), results);
        JsonNode first = run.get("results").get(0);
        assertTrue(first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText().startsWith("samples/"));
        assertTrue(first.get("partialFingerprints").has("mtlintFingerprint/v1"));
        JsonNode rule = run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt());
        assertEquals(first.get("ruleId").asText(), rule.get("id").asText());
        assertTrue(rule.get("properties").has("mqmCategory") && rule.has("help") && rule.has("fullDescription"));
    }
}
