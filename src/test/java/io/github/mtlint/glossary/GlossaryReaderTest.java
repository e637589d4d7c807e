package io.github.mtlint.glossary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private String error(String name, String content) throws IOException {
        Path file = write(name, content);
        return assertThrows(GlossaryException.class, () -> GlossaryReader.read(file)).getMessage();
    }

    static final String TBX2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en-US">
              <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="c1">
                  <descrip type="definition">China's economic planner</descrip>
                  <langSet xml:lang="zh"><tig><term>国家发展和改革委员会</term></tig></langSet>
                  <langSet xml:lang="en">
                    <tig><term>National Development and Reform Commission</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                    <ntig><termGrp><term>NDRC</term>
                      <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
                    <tig><term>State Development Planning Commission</term>
                      <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
                    <tig><term>Development and Reform Committee</term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                  </langSet>
                </termEntry>
              </body></text>
            </martif>
            """;

    @Test
    void readsTbxBasicMartifWithAdministrativeStatus() throws Exception {
        List<Concept> concepts = GlossaryReader.read(write("g.tbx", TBX2));
        assertEquals(1, concepts.size());
        Concept c = concepts.get(0);
        assertEquals(List.of("国家发展和改革委员会"), c.allowed("zh"));
        assertEquals(List.of("National Development and Reform Commission", "NDRC"), c.allowed("en"));
        assertEquals(List.of("State Development Planning Commission", "Development and Reform Committee"), c.forbidden("en"));
        assertEquals("China's economic planner", c.note());
        assertEquals("g.tbx:5", c.origin());
    }

    @Test
    void readsTbxV3InBothStyles() throws Exception {
        String dca = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="1">
                      <langSec xml:lang="zh"><termSec><term>两会</term></termSec></langSec>
                      <langSec xml:lang="en">
                        <termSec><term>two sessions</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                        <termSec><term>two meetings</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                      </langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """;
        String dct = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
                     xmlns:basic="http://www.tbxinfo.net/ns/basic">
                  <text><body>
                    <conceptEntry id="1">
                      <langSec xml:lang="zh"><termSec><term>两会</term></termSec></langSec>
                      <langSec xml:lang="en">
                        <termSec><term>two sessions</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
                        <termSec><term>two meetings</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
                      </langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """;
        for (String tbx : List.of(dca, dct)) {
            Concept c = GlossaryReader.read(write("v3.tbx", tbx)).get(0);
            assertEquals(List.of("两会"), c.allowed("zh"));
            assertEquals(List.of("two sessions"), c.allowed("en"));
            assertEquals(List.of("two meetings"), c.forbidden("en"));
        }
    }

    @Test
    void readsCsvWithSeveralFormsForbiddenMarksAndQuotes() throws Exception {
        Path file = write("g.csv", """
                zh,en,en,en,note,source
                # a comment line
                一带一路,Belt and Road Initiative,Belt and Road,!One Belt One Road,"since 2015, officially",https://example.org/bri
                两会,two sessions,,,,

                """);
        List<Concept> concepts = GlossaryReader.read(file);
        assertEquals(2, concepts.size());
        Concept bri = concepts.get(0);
        assertEquals(List.of("Belt and Road Initiative", "Belt and Road"), bri.allowed("en"));
        assertEquals(List.of("One Belt One Road"), bri.forbidden("en"));
        assertEquals("since 2015, officially", bri.note());
        assertEquals("https://example.org/bri", bri.reference());
        assertEquals("g.csv:3", bri.origin());
        assertEquals(List.of("two sessions"), concepts.get(1).allowed("en"));
    }

    @Test
    void readsTsvWithDoNotTranslateRows() throws Exception {
        Path file = write("g.tsv", "en\tzh\tstatus\nWeChat\t\tdo-not-translate\nCOVID-19\t新冠肺炎\t\n");
        List<Concept> concepts = GlossaryReader.read(file);
        assertTrue(concepts.get(0).doNotTranslate());
        assertFalse(concepts.get(1).doNotTranslate());
        assertEquals(List.of("新冠肺炎"), concepts.get(1).allowed("zh"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad header       | zh\\tenglish\\n一带一路\\tBelt and Road\\n                | g.tsv:1:2: header: 'english' is neither a language code
            too many cells   | zh\\ten\\n一带一路\\tBelt and Road\\textra\\n             | g.tsv:2:3: 3 cells, but the header names 2 columns
            unknown status   | zh\\ten\\tstatus\\n一带一路\\tBelt and Road\\tmaybe\\n    | g.tsv:2:3: unknown status 'maybe'
            empty forbidden  | zh\\ten\\n一带一路\\t!\\n                                 | g.tsv:2:2: '!' marks a forbidden form but no form follows
            no language      | note\\tsource\\n                                        | g.tsv:1:1: header: no language column
            empty file       | ''                                                        | g.tsv: empty glossary
            """)
    void badDelimitedGlossariesNameFileLineAndColumn(String name, String content, String expected) throws IOException {
        String message = error("g.tsv", content.replace("\\t", "\t").replace("\\n", "\n"));
        assertTrue(message.startsWith(dir.resolve(expected.substring(0, expected.indexOf(':'))) + expected.substring(expected.indexOf(':'))),
                name + ": " + message);
    }

    @Test
    void notUtf8IsAnErrorNotAStackTrace() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[]{'z', 'h', ',', 'e', 'n', '\n', (byte) 0xE9, ',', 'x', '\n'});
        assertEquals(file + ": not UTF-8 text", assertThrows(GlossaryException.class, () -> GlossaryReader.read(file)).getMessage());
    }

    @Test
    void anUnclosedQuoteInACsvGivesItsLine() throws IOException {
        String message = error("q.csv", "zh,en\n一带一路,\"Belt and Road Initiative\n新冠肺炎,COVID-19\n");
        assertTrue(message.endsWith("q.csv:2:1: a quoted field that starts on this line is not closed (a \" is missing)"), message);
        String after = error("t.csv", "zh,en\n一带一路,\"Belt and Road\" Initiative\n");
        assertTrue(after.contains("t.csv:2:1: text after a quoted field's closing \""), after);
    }

    @Test
    void malformedTbxGivesLineAndColumn() throws IOException {
        String message = error("bad.tbx", "<martif>\n<text><body>\n<termEntry></text>\n</martif>\n");
        assertTrue(message.matches(".*bad\\.tbx:3:\\d+: .*"), message);
    }

    @Test
    void tbxWithAnUnknownStatusOrRootIsRefused() throws IOException {
        assertTrue(error("s.tbx", TBX2.replace("admittedTerm-admn-sts", "okTerm")).contains("unknown administrativeStatus 'okTerm'"));
        assertTrue(error("r.tbx", "<glossary/>").contains("not a TBX file: the root element is <glossary>"));
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() throws IOException {
        Path secret = write("secret.txt", "SECRET");
        String message = error("xxe.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&x;</term></tig></langSet>"
                + "</termEntry></body></text></martif>\n");
        assertTrue(message.contains("xxe.tbx:"), message);
        assertFalse(message.contains("SECRET"), message);
    }

    @Test
    void aDtdIsRefused() throws IOException {
        String message = error("dtd.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"http://127.0.0.1:9/tbx.dtd\">\n"
                + "<martif><text><body/></text></martif>\n");
        assertTrue(message.contains("a DOCTYPE declaration: DTDs and entities are refused"), message);
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&l10;</term></tig></langSet>"
                + "</termEntry></body></text></martif>\n");
        String message = error("lol.tbx", dtd.toString());
        assertTrue(message.contains("lol.tbx:"), message);
        assertFalse(message.contains("hahaha"), message);
    }

    @Test
    void aMissingFileOrUnknownExtensionIsNamed() throws IOException {
        Path missing = dir.resolve("none.tbx");
        assertEquals(missing + ": no such glossary file",
                assertThrows(GlossaryException.class, () -> GlossaryReader.read(missing)).getMessage());
        assertTrue(error("g.xlsx", "x").endsWith("unknown glossary format: expected .tbx, .csv or .tsv"));
    }

    @Test
    void aUserGlossaryOverridesTheBundledOneTermByTerm() {
        Concept bundled = new Concept(List.of(new Term("zh", "两会", TermStatus.PREFERRED), new Term("en", "two sessions", TermStatus.PREFERRED)),
                false, "", "", "b:2");
        Concept other = new Concept(List.of(new Term("zh", "一带一路", TermStatus.PREFERRED)), false, "", "", "b:3");
        Concept user = new Concept(List.of(new Term("zh", "两会", TermStatus.PREFERRED), new Term("en", "NPC and CPPCC sessions", TermStatus.PREFERRED)),
                false, "", "", "u:2");
        Glossary merged = new Glossary(List.of(bundled, other)).overriddenBy(new Glossary(List.of(user)));
        assertEquals(List.of(other, user), merged.concepts());
    }
}
