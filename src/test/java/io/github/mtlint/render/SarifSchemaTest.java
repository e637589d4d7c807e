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
        assertValid(sarif);

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

    @Test
    void theSourceSpanOfAFindingIsARelatedLocationInTheSourceFile() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(BilingualReportFixture.render("sarif"));
        assertValid(sarif);
        JsonNode run = sarif.get("runs").get(0);
        JsonNode number = run.get("results").get(0);
        assertEquals("accuracy.number", number.get("ruleId").asText());
        JsonNode related = number.get("relatedLocations").get(0);
        assertEquals("source: 1.2万亿元", related.get("message").get("text").asText());
        JsonNode location = related.get("physicalLocation");
        assertEquals("news/gdp.zh.txt", location.get("artifactLocation").get("uri").asText());
        assertEquals("zh", run.get("artifacts").get(location.get("artifactLocation").get("index").asInt()).get("sourceLanguage").asText());
        String file = BilingualReportFixture.SOURCE_FILE;
        int[] codePoints = file.codePoints().toArray();
        // the offsets count code points of the file as it is (CRLF line ends), and say exactly the excerpt
        for (JsonNode result : run.get("results")) {
            if (!result.has("relatedLocations")) {
                continue;
            }
            JsonNode region = result.get("relatedLocations").get(0).get("physicalLocation").get("region");
            int offset = region.get("charOffset").asInt();
            String text = new String(codePoints, offset, region.get("charLength").asInt());
            assertEquals(region.get("snippet").get("text").asText(), text);
            String line = file.split("\r\n")[region.get("startLine").asInt() - 1];
            assertTrue(line.substring(line.offsetByCodePoints(0, region.get("startColumn").asInt() - 1)).startsWith(text), line);
        }
        JsonNode omission = run.get("results").get(1).get("relatedLocations").get(0).get("physicalLocation").get("region");
        assertEquals(3, omission.get("startLine").asInt());
        assertTrue(!run.get("results").get(2).has("relatedLocations"), "a finding without a source span has no related location");
    }

    private static void assertValid(JsonNode sarif) throws Exception {
        JsonSchema schema;
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
