package io.github.mtlint.annotate;

import io.github.mtlint.text.BilingualFile;
import io.github.mtlint.text.BilingualFiles;
import io.github.mtlint.text.SafeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XliffAnnotatorTest {

    @TempDir
    Path dir;

    private static final String XLIFF_1 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt"><body>
              <trans-unit id="a"><source>点击<g id="1">这里</g>。</source><target>Click <g id="1">here now</g> please &amp; thanks<x id="2"/>.</target></trans-unit>
              <trans-unit id="b"><source>没有译文</source></trans-unit>
              <trans-unit id="c"><source>不变</source><target>Unchanged.</target><note>kept</note></trans-unit>
             </body></file>
            </xliff>
            """;

    /** What a CAT tool would read back: each ITS mark or standoff issue with its type, severity, comment and text. */
    private static List<String> readBack(String xml) throws Exception {
        List<String> found = new ArrayList<>();
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<StringBuilder> open = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String type = reader.getAttributeValue(XliffAnnotator.ITS, "locQualityIssueType");
                if (reader.getLocalName().equals("mrk") && type != null) {
                    heads.add(type + "/" + reader.getAttributeValue(XliffAnnotator.ITS, "locQualityIssueSeverity") + "/"
                            + reader.getAttributeValue(XliffAnnotator.ITS, "locQualityIssueComment"));
                    open.add(new StringBuilder());
                } else if (reader.getLocalName().equals("locQualityIssue")) {
                    found.add("standoff " + reader.getAttributeValue(null, "locQualityIssueType") + "/"
                            + reader.getAttributeValue(null, "locQualityIssueSeverity") + "/"
                            + reader.getAttributeValue(null, "locQualityIssueComment"));
                }
            } else if (event == XMLStreamConstants.CHARACTERS) {
                open.forEach(b -> b.append(reader.getText()));
            } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("mrk") && !open.isEmpty()) {
                found.add(heads.remove(heads.size() - 1) + " '" + open.remove(open.size() - 1) + "'");
            }
        }
        return found;
    }

    private static String annotate(String xml, Map<String, List<LocQualityIssue>> issues, XliffAnnotator.Outcome expected)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffAnnotator.Outcome outcome = new XliffAnnotator(issues).annotate(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), out);
        assertEquals(expected, outcome);
        return out.toString(StandardCharsets.UTF_8);
    }

    private BilingualFile reread(String name, String xml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, xml);
        return BilingualFiles.read(file, name);
    }

    @Test
    void xliff12FindingsAreMarkedInPlaceOrStandoffWhereAMarkWouldCrossACode() throws Exception {
        // target text of a: "Click here now please & thanks." (codes not counted)
        String annotated = annotate(XLIFF_1, Map.of(
                "a", List.of(new LocQualityIssue(6, 10, "mistranslation", 70, "inside <g>"),
                        new LocQualityIssue(6, 14, "style", 30, "all of <g>"),
                        new LocQualityIssue(11, 21, "grammar", 30, "crosses </g>"),
                        new LocQualityIssue(24, 31, "typographical", 0, "around <x/>")),
                "b", List.of(new LocQualityIssue(0, 0, "omission", 70, "no target"))), new XliffAnnotator.Outcome(3, 2));
        assertEquals(List.of("mistranslation/70/inside <g> 'here'", "standoff grammar/30/crosses </g>",
                "standoff omission/70/no target", "style/30/all of <g> 'here now'", "typographical/0/around <x/> 'thanks.'"),
                readBack(annotated).stream().sorted().toList());
        assertTrue(annotated.contains("xmlns:its=\"http://www.w3.org/2005/11/its\"") && annotated.contains("its:version=\"2.0\""));
        assertTrue(annotated.contains("<mrk mtype=\"x-its\""), annotated);
        assertTrue(annotated.contains("<target its:locQualityIssuesRef=\"#mtlint-lqi-1\">"), annotated);
        assertTrue(annotated.contains("<note>kept</note>"), "everything else is copied");
        // the copy reads as the original: marks are annotations, not text or codes
        BilingualFile before = reread("before.xlf", XLIFF_1);
        BilingualFile after = reread("after.xlf", annotated);
        assertEquals(before.segments(), after.segments());
    }

    @Test
    void xliff2MarksCarryAnIdAndTheItsType() throws Exception {
        String xliff = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
                 <file id="f"><unit id="u1">
                  <segment id="s1"><source>一</source><target>One <pc id="1">bold</pc>.</target></segment>
                  <segment id="s2"><source>二</source><target>Two.</target></segment>
                 </unit></file>
                </xliff>
                """;
        String annotated = annotate(xliff, Map.of("u1/s1", List.of(new LocQualityIssue(4, 8, "markup", 70, "bold")),
                "u1/s2", List.of(new LocQualityIssue(0, 3, "mistranslation", 100, "two"))), new XliffAnnotator.Outcome(2, 0));
        assertEquals(List.of("markup/70/bold 'bold'", "mistranslation/100/two 'Two'"), readBack(annotated));
        assertTrue(annotated.matches("(?s).*<mrk [^>]*type=\"its:any\".*") && annotated.matches("(?s).*<mrk [^>]*id=\"mtlint-1\".*"),
                annotated);
        assertEquals(reread("b.xliff", xliff).segments(), reread("c.xliff", annotated).segments());
    }

    /**
     * XLIFF 2 takes other namespaces' elements in a unit before its segments, and no ITS attribute on {@code <target>}:
     * the standoff comes first, and a mark around the target's content refers to it (the round-10 robustness review
     * validated the copies against the OASIS schema).
     */
    @Test
    void xliff2StandoffComesFirstInTheUnitAndAMarkRefersToIt() throws Exception {
        String xliff = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
                 <file id="f"><unit id="u1">
                  <segment><source>他<pc id="1">强调</pc>合作。</source><target>He <pc id="1">stressed the</pc> the need.</target></segment>
                 </unit><unit id="u2">
                  <segment><source>其他事项。</source><target></target></segment>
                 </unit></file>
                </xliff>
                """;
        String annotated = annotate(xliff, Map.of("u1", List.of(new LocQualityIssue(11, 18, "grammar", 30, "the the")),
                "u2", List.of(new LocQualityIssue(0, 0, "omission", 70, "empty"))), new XliffAnnotator.Outcome(0, 2));
        assertTrue(annotated.contains("<unit id=\"u1\"><its:locQualityIssues xml:id=\"mtlint-lqi-1\">"), annotated);
        assertTrue(annotated.matches("(?s).*<target><mrk (?=[^>]*id=\"mtlint-lqi-1-m\")(?=[^>]*type=\"its:any\")"
                + "(?=[^>]*its:locQualityIssuesRef=\"#mtlint-lqi-1\")[^>]*>He <pc id=\"1\">stressed the</pc> the need.</mrk></target>.*"), annotated);
        assertTrue(annotated.matches("(?s).*<target><mrk (?=[^>]*its:locQualityIssuesRef=\"#mtlint-lqi-2\")[^>]*></mrk></target>.*"),
                annotated);
        assertFalse(annotated.contains("<target its:"), annotated);
        assertEquals(reread("d.xliff", xliff).segments(), reread("e.xliff", annotated).segments());
    }

    @Test
    void itsTypesAndSeveritiesComeFromTheMqmCategoryAndSeverity() {
        assertEquals("omission", io.github.mtlint.model.Category.ACCURACY_OMISSION.itsIssueType());
        assertEquals("misspelling", io.github.mtlint.model.Category.FLUENCY_SPELLING.itsIssueType());
        assertEquals("markup", io.github.mtlint.model.Category.DESIGN_MARKUP.itsIssueType());
        assertEquals(100, LocQualityIssue.severity(io.github.mtlint.model.Severity.CRITICAL));
        assertEquals(0, LocQualityIssue.severity(io.github.mtlint.model.Severity.NEUTRAL));
    }

    @Test
    void findingsOfASegmentedTransUnitGoIntoTheTargetMarkOfTheirSegment() throws Exception {
        String xliff = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="s.txt"><body>
                  <trans-unit id="u1"><source>第一句。第二句。</source>
                   <seg-source><mrk mtype="seg" mid="1">第一句。</mrk> <mrk mtype="seg" mid="2">第二句。</mrk></seg-source>
                   <target><mrk mtype="seg" mid="1">Sentence one.</mrk> <mrk mtype="seg" mid="2">Sentence two.</mrk></target>
                  </trans-unit>
                  <trans-unit id="u2"><source>未译。</source>
                   <seg-source><mrk mtype="seg" mid="1">未译。</mrk></seg-source>
                  </trans-unit>
                 </body></file>
                </xliff>
                """;
        String annotated = annotate(xliff, Map.of(
                "u1/1", List.of(new LocQualityIssue(0, 8, "style", 30, "first")),
                "u1/2", List.of(new LocQualityIssue(9, 12, "grammar", 30, "second")),
                "u2/1", List.of(new LocQualityIssue(0, 0, "omission", 70, "none"))), new XliffAnnotator.Outcome(2, 1));
        assertEquals(List.of("grammar/30/second 'two'", "standoff omission/70/none", "style/30/first 'Sentence'"),
                readBack(annotated).stream().sorted().toList());
        assertTrue(annotated.contains("<mrk mtype=\"seg\" mid=\"2\">Sentence <mrk mtype=\"x-its\""), annotated);
        assertTrue(annotated.matches("(?s).*<seg-source><mrk (?=[^>]*mid=\"1\")[^>]*its:locQualityIssuesRef=\"#mtlint-lqi-1\"[^>]*>未译。.*"),
                annotated);
        assertEquals(reread("s.xlf", xliff).segments(), reread("t.xlf", annotated).segments());
    }

    @Test
    void theSameUnitIdInTwoFilesIsAnnotatedInTheFileItsFindingNames() throws Exception {
        String xliff = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt"><body>
                  <trans-unit id="t1"><source>一</source><target>One here.</target></trans-unit>
                 </body></file>
                 <file source-language="zh" target-language="en" datatype="plaintext" original="b.txt"><body>
                  <trans-unit id="t1"><source>二</source><target>Two there.</target></trans-unit>
                 </body></file>
                </xliff>
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffAnnotator.Outcome outcome = new XliffAnnotator(Map.of("b.txt/t1", List.of(new LocQualityIssue(0, 3, "grammar", 30, "b"))),
                List.of("a.txt", "b.txt")).annotate(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)), out);
        assertEquals(new XliffAnnotator.Outcome(1, 0), outcome);
        String annotated = out.toString(StandardCharsets.UTF_8);
        assertEquals(List.of("grammar/30/b 'Two'"), readBack(annotated));
        assertTrue(annotated.contains("<target>One here.</target>"), annotated);
    }
}
