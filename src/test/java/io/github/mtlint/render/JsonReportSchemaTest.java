package io.github.mtlint.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtlint.testing.ReportSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/report.schema.json against the reports: every golden JSON file and the two fixtures' reports conform (the
 * samples' report is checked in SamplesEndToEndTest, the CLI's in CommandRun), and the schema is strict enough to
 * reject a report that breaks the contract.
 */
class JsonReportSchemaTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenJsonReportConforms() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            golden = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(golden.isEmpty(), "no golden JSON report found");
        return golden.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> ReportSchema.assertValid(Files.readString(f))));
    }

    @Test
    void theFixturesReportsConform() {
        ReportSchema.assertValid(ReportFixture.render("json"));
        ReportSchema.assertValid(BilingualReportFixture.render("json"));
    }

    @Test
    void theSchemaRejectsAReportThatBreaksTheContract() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode unknownField = (ObjectNode) mapper.readTree(BilingualReportFixture.render("json"));
        ((ObjectNode) unknownField.get("summary")).put("grade", "B");
        assertFalse(ReportSchema.problems(unknownField).isEmpty(), "an unknown field passed");

        ObjectNode badSeverity = (ObjectNode) mapper.readTree(BilingualReportFixture.render("json"));
        ((ObjectNode) badSeverity.get("files").get(0).get("issues").get(0)).put("severity", "fatal");
        assertFalse(ReportSchema.problems(badSeverity).isEmpty(), "an unknown severity passed");

        ObjectNode halfSource = (ObjectNode) mapper.readTree(BilingualReportFixture.render("json"));
        ((ObjectNode) halfSource.get("files").get(0).get("issues").get(0)).remove("sourceText");
        assertFalse(ReportSchema.problems(halfSource).isEmpty(), "a source span without its text passed");

        ObjectNode noOffsets = (ObjectNode) mapper.readTree(ReportFixture.render("json"));
        ((ObjectNode) noOffsets.get("files").get(0).get("issues").get(0)).remove("start");
        assertFalse(ReportSchema.problems(noOffsets).isEmpty(), "an issue without start passed");
        assertTrue(ReportSchema.problems(mapper.readTree(ReportFixture.render("json"))).isEmpty());
    }
}
