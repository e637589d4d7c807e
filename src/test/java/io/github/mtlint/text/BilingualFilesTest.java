package io.github.mtlint.text;

import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.FileSegment;
import io.github.mtlint.model.InlineCode;
import io.github.mtlint.model.InlineCode.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BilingualFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private BilingualFile read(String name, String content) throws Exception {
        return BilingualFiles.read(write(name, content), name);
    }

    private String error(String name, String content) throws IOException {
        Path file = write(name, content);
        return assertThrows(UnreadableInputException.class, () -> BilingualFiles.read(file, name)).getMessage();
    }

    private static final String XLIFF_1 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file source-language="zh-CN" target-language="en-US" datatype="html" original="a.html">
              <header><note>not a segment</note></header>
              <body>
               <trans-unit id="t1">
                <source>点击<g id="1">这里</g>。<x id="2"/></source>
                <seg-source><mrk mtype="seg" mid="1">点击</mrk></seg-source>
                <target state="translated">Click <g id="1">here</g>.<x id="2"/></target>
                <alt-trans><source>点击</source><target>An alternative, not checked</target></alt-trans>
               </trans-unit>
               <group translate="no">
                <trans-unit id="t2"><source>代码</source><target>code</target></trans-unit>
                <trans-unit id="t3" translate="yes"><source>你好</source><target>Hello</target></trans-unit>
               </group>
               <trans-unit id="t4" approved="yes"><source>第一行
            第二行</source><target>Line one
            line two &amp; <ph id="3">&lt;br/&gt;</ph><mrk mtype="x-note">kept</mrk></target></trans-unit>
               <trans-unit id="t5"><source>没有译文</source></trans-unit>
              </body>
             </file>
            </xliff>
            """;

    @Test
    void xliff12TransUnitsWithTheirCodesTakenOut() throws Exception {
        BilingualFile file = read("a.xlf", XLIFF_1);
        assertEquals(BilingualFile.Format.XLIFF_1, file.format());
        assertEquals("zh-CN", file.sourceLanguage());
        assertEquals("en-US", file.targetLanguage());
        assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), file.segments().stream().map(BilingualFile.Segment::id).toList());
        BilingualFile.Segment first = file.segments().get(0);
        assertEquals("点击这里。", first.source().text());
        assertEquals("Click here.", first.target().text());
        assertEquals(List.of(new InlineCode("g", "1", Role.OPENING, 6), new InlineCode("g", "1", Role.CLOSING, 10),
                new InlineCode("x", "2", Role.STANDALONE, 11)), first.target().codes());
        assertFalse(file.segments().get(1).translate(), "translate=\"no\" is inherited from the group");
        assertTrue(file.segments().get(2).translate(), "and switched on again by the unit");
        BilingualFile.Segment fourth = file.segments().get(3);
        assertTrue(fourth.approved());
        assertEquals("Line one line two & kept", fourth.target().text(), "a line break is a space, <ph> content is not text");
        assertEquals(List.of(new InlineCode("ph", "3", Role.STANDALONE, 20)), fourth.target().codes());
        assertNull(file.segments().get(4).target());
    }

    @Test
    void theCheckedPairIsATargetAndASourceLineASegment() throws Exception {
        BilingualDocument pair = BilingualDocument.of(read("a.xlf", XLIFF_1), "a.xlf", false);
        assertEquals("Click here.\nHello\nLine one line two & kept\n\n", pair.target().text());
        assertEquals("点击这里。\n你好\n第一行 第二行\n没有译文\n", pair.source().text());
        assertEquals(List.of("t1", "t3", "t4", "t5"), pair.segments().stream().map(FileSegment::id).toList());
        assertEquals(1, pair.leftOut());
        assertEquals(AlignmentKind.SEGMENTS, pair.alignment().kind());
        assertEquals(3, pair.alignment().segments().size(), "a segment without target is not aligned");
        FileSegment missing = pair.segments().get(3);
        assertFalse(missing.hasTarget());
        assertTrue(missing.target().isEmpty());
        InlineCode x = pair.segments().get(0).targetCodes().get(2);
        assertEquals(11, x.offset());
        assertEquals(List.of("t1", "t3", "t5"), BilingualDocument.of(read("a.xlf", XLIFF_1), "a.xlf", true).segments().stream()
                .map(FileSegment::id).toList(), "--skip-approved leaves out approved segments");
    }

    @Test
    void xliff2SegmentsOfUnitsWithPairedAndStandaloneCodes() throws Exception {
        BilingualFile file = read("b.xliff", """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
                 <file id="f1">
                  <unit id="u1">
                   <originalData><data id="d1">&lt;b&gt;</data></originalData>
                   <segment id="s1" state="final"><source><pc id="1">北京</pc>欢迎你。</source><target><pc id="1">Beijing</pc> welcomes you.</target></segment>
                   <ignorable><source> </source></ignorable>
                   <segment><source><sc id="2"/>第二句<ec startRef="2"/><ph id="3" dataRef="d1"/></source><target><sc id="2"/>Second<ec startRef="2"/><cp hex="0009"/>!</target></segment>
                  </unit>
                  <group id="g" translate="no"><unit id="u2"><segment><source>x</source><target>x</target></segment></unit></group>
                  <unit id="u3"><segment><source>三</source><target>Three</target></segment></unit>
                 </file>
                </xliff>
                """);
        assertEquals(BilingualFile.Format.XLIFF_2, file.format());
        assertEquals("zh", file.sourceLanguage());
        assertEquals(List.of("u1/s1", "u1/2", "u2", "u3"), file.segments().stream().map(BilingualFile.Segment::id).toList());
        BilingualFile.Segment first = file.segments().get(0);
        assertTrue(first.approved());
        assertEquals("Beijing welcomes you.", first.target().text());
        BilingualFile.Segment second = file.segments().get(1);
        assertEquals("Second\t!", second.target().text());
        assertEquals(List.of(new InlineCode("sc", "2", Role.OPENING, 0), new InlineCode("ec", "2", Role.CLOSING, 6)),
                second.target().codes());
        assertEquals(3, second.source().codes().size());
        assertFalse(file.segments().get(2).translate());
    }

    @Test
    void tmxUnitsPairTheSourceLanguageWithTheEnglishVariant() throws Exception {
        BilingualFile file = read("c.tmx", """
                <?xml version="1.0"?>
                <tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en"
                  creationtool="t" creationtoolversion="1" o-tmf="x"/>
                 <body>
                  <tu tuid="7"><prop type="x">p</prop>
                   <tuv xml:lang="de"><seg>Hallo</seg></tuv>
                   <tuv xml:lang="en-GB"><seg><bpt i="1" x="1">&lt;b&gt;</bpt>Hello<ept i="1">&lt;/b&gt;</ept> <hi>world</hi><ph x="2">{0}</ph></seg></tuv>
                   <tuv xml:lang="zh-cn"><seg><bpt i="1" x="1">&lt;b&gt;</bpt>你好<ept i="1">&lt;/b&gt;</ept>世界<ph x="2">{0}</ph></seg></tuv>
                  </tu>
                  <tu><tuv xml:lang="zh-CN"><seg>只有原文</seg></tuv></tu>
                 </body>
                </tmx>
                """);
        assertEquals(BilingualFile.Format.TMX, file.format());
        assertEquals("zh-CN", file.sourceLanguage());
        assertEquals("en-GB", file.targetLanguage());
        BilingualFile.Segment unit = file.segments().get(0);
        assertEquals("7", unit.id());
        assertEquals("你好世界", unit.source().text());
        assertEquals("Hello world", unit.target().text());
        assertEquals(List.of(new InlineCode("bpt", "1", Role.OPENING, 0), new InlineCode("ept", "1", Role.CLOSING, 5),
                new InlineCode("ph", "2", Role.STANDALONE, 11)), unit.target().codes());
        assertEquals("2", file.segments().get(1).id());
        assertNull(file.segments().get(1).target());
    }

    @Test
    void tsvLinesWithAnOptionalLanguageHeader() throws Exception {
        BilingualFile file = read("d.tsv", "zh\ten\n你好\tHello\n\n世界\tWorld\n");
        assertEquals("zh", file.sourceLanguage());
        assertEquals("en", file.targetLanguage());
        assertEquals(List.of("2", "4"), file.segments().stream().map(BilingualFile.Segment::id).toList());
        assertEquals("World", file.segments().get(1).target().text());
        BilingualFile headless = read("e.tsv", "你好\tHello\n");
        assertNull(headless.sourceLanguage());
        assertEquals("zh", BilingualDocument.of(headless, "e.tsv", false).sourceLanguage(), "told from the script");
    }

    @Test
    void badTsvLinesAreErrorsWithTheirLine() throws IOException {
        assertEquals("2:1: no tab in this line: a bilingual TSV has source<TAB>target a line", error("f.tsv", "你好\tHello\n世界 World\n"));
        assertEquals("1:4: more than one tab in this line: a bilingual TSV has source<TAB>target a line",
                error("g.tsv", "a\tb\tc\n"));
    }

    @Test
    void malformedXmlIsAnErrorAtItsLineAndColumn() throws IOException {
        String message = error("h.xlf", "<xliff version=\"1.2\">\n<file><body><trans-unit id=\"1\"><source>a</target>\n");
        assertTrue(message.startsWith("2:"), message);
        assertTrue(message.contains("source"), message);
        assertFalse(message.contains("\n"), message);
    }

    /** The robustness review, round 10: findings of two units with one id could not say which unit they are in. */
    @Test
    void twoUnitsWithOneIdAreAnError() throws IOException {
        assertEquals("two units have the id \"1\"; XLIFF ids are unique within a file, and a finding could not say which unit it is in",
                error("d.xlf", "<xliff version=\"1.2\"><file source-language=\"zh\" target-language=\"en\" original=\"a\"><body>"
                        + "<trans-unit id=\"1\"><source>你好。</source><target>Hello.</target></trans-unit>"
                        + "<trans-unit id=\"1\"><source>再见。</source><target>Goodbye.</target></trans-unit></body></file></xliff>"));
    }

    @Test
    void unknownVersionsAndOtherFilesAreClearErrors() throws IOException {
        // the parser's position is the end of the root's start tag
        assertEquals("1:23: XLIFF version \"3.0\": mtlint reads XLIFF 1.2 and 2.0/2.1", error("i.xlf", "<xliff version=\"3.0\"/>"));
        assertEquals("1:8: XLIFF version missing: mtlint reads XLIFF 1.2 and 2.0/2.1", error("i.xlf", "<xliff><file/></xliff>"));
        assertTrue(error("j.xlf", "<html><body/></html>").endsWith("not an XLIFF file: its root element is <html>, not <xliff>"));
        assertTrue(error("k.tmx", "<tmx version=\"2.0\"/>").endsWith("TMX version \"2.0\": mtlint reads TMX 1.1 to 1.4"));
    }

    @Test
    void aTargetLanguageOtherThanEnglishIsRefused() throws Exception {
        BilingualFile file = read("l.xlf", XLIFF_1.replace("target-language=\"en-US\"", "target-language=\"fr-FR\""));
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> BilingualDocument.of(file, "l.xlf", false));
        assertEquals("its target language is fr-FR: mtlint checks translations into English", e.getMessage());
    }

    @Test
    void aFileWithoutSegmentsIsAnErrorButOneWithEverySegmentLockedIsEmpty() throws Exception {
        BilingualFile none = read("m.xlf", "<xliff version=\"1.2\"><file><body/></file></xliff>");
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> BilingualDocument.of(none, "m.xlf", false));
        assertEquals("no segments in this XLIFF 1.2 file", e.getMessage());
        BilingualFile locked = read("n.xlf", "<xliff version=\"1.2\"><file translate=\"no\"><body>"
                + "<trans-unit id=\"1\"><source>a</source><target>a</target></trans-unit></body></file></xliff>");
        BilingualDocument pair = BilingualDocument.of(locked, "n.xlf", false);
        assertEquals("", pair.target().text());
        assertEquals(1, pair.leftOut());
    }

    // Each attack is refused at its DOCTYPE: nothing is read from disk, nothing expands.

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE %s [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            """;
    private static final String EXTERNAL_DTD = """
            <?xml version="1.0"?>
            <!DOCTYPE %s SYSTEM "http://127.0.0.1:9/evil.dtd">
            """;
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE %s [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;

    private static final String XLIFF_BODY = "<xliff version=\"1.2\"><file source-language=\"zh\" target-language=\"en\"><body>"
            + "<trans-unit id=\"1\"><source>a</source><target>%s</target></trans-unit></body></file></xliff>\n";
    private static final String TMX_BODY = "<tmx version=\"1.4\"><header srclang=\"zh\"/><body><tu><tuv xml:lang=\"zh\"><seg>a</seg>"
            + "</tuv><tuv xml:lang=\"en\"><seg>%s</seg></tuv></tu></body></tmx>\n";

    private void assertRefused(String name, String prolog, String root, String body, String reference) throws IOException {
        String message = error(name, prolog.formatted(root) + body.formatted(reference));
        assertTrue(message.contains("a DOCTYPE declaration: DTDs and entities are refused"), message);
        assertTrue(message.matches("\\d+:\\d+: .*"), message);
    }

    @Test
    void xxeIsRefusedInXliffAndTmx() throws IOException {
        assertRefused("x.xlf", XXE, "xliff", XLIFF_BODY, "&xxe;");
        assertRefused("x.tmx", XXE, "tmx", TMX_BODY, "&xxe;");
    }

    @Test
    void externalDtdsAreRefusedInXliffAndTmx() throws IOException {
        assertRefused("y.xlf", EXTERNAL_DTD, "xliff", XLIFF_BODY, "a");
        assertRefused("y.tmx", EXTERNAL_DTD, "tmx", TMX_BODY, "a");
    }

    @Test
    void entityExpansionBombsAreRefusedInXliffAndTmx() throws IOException {
        assertRefused("z.xlf", BILLION_LAUGHS, "xliff", XLIFF_BODY, "&lol9;");
        assertRefused("z.tmx", BILLION_LAUGHS, "tmx", TMX_BODY, "&lol9;");
    }

    @Test
    void anUndeclaredEntityWithoutADoctypeIsMalformed() throws IOException {
        String message = error("w.xlf", XLIFF_BODY.formatted("&xxe;"));
        assertTrue(message.contains("xxe"), message);
    }

    /** Modelled on the XLIFF 1.2 specification's seg-source example (section 2.4, "Segmentation"). */
    private static final String SEGMENTED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file source-language="zh" target-language="en" datatype="plaintext" original="s.txt"><body>
              <trans-unit id="u1">
               <source>第一句。<g id="1">第二句</g>。</source>
               <seg-source><mrk mtype="seg" mid="1">第一句。</mrk> <mrk mtype="seg" mid="2"><g id="1">第二句</g>。</mrk></seg-source>
               <target><mrk mtype="seg" mid="1">Sentence one.</mrk> <mrk mtype="seg" mid="2"><g id="1">Sentence two</g>.</mrk></target>
              </trans-unit>
              <trans-unit id="u2">
               <source>未译。另一句。</source>
               <seg-source><mrk mtype="seg" mid="a">未译。</mrk><mrk mtype="seg" mid="b">另一句。</mrk></seg-source>
              </trans-unit>
              <trans-unit id="u3">
               <source>译文未分段。</source>
               <seg-source><mrk mtype="seg" mid="1">译文未分段。</mrk></seg-source>
               <target>The target is not segmented.</target>
              </trans-unit>
              <trans-unit id="u4">
               <source>缺一段。还有一段。</source>
               <seg-source><mrk mtype="seg" mid="1">缺一段。</mrk><mrk mtype="seg" mid="2">还有一段。</mrk></seg-source>
               <target><mrk mtype="seg" mid="2">One more.</mrk></target>
              </trans-unit>
             </body></file>
            </xliff>
            """;

    @Test
    void eachSegmentMarkOfASegSourceIsASegmentWithItsTargetMarkAndCodes() throws Exception {
        BilingualFile file = read("s.xlf", SEGMENTED);
        assertEquals(List.of("u1/1", "u1/2", "u2/a", "u2/b", "u3", "u4/1", "u4/2"),
                file.segments().stream().map(BilingualFile.Segment::id).toList());
        BilingualFile.Segment second = file.segments().get(1);
        assertEquals("第二句。", second.source().text());
        assertEquals("Sentence two.", second.target().text());
        assertEquals(List.of(new InlineCode("g", "1", Role.OPENING, 0), new InlineCode("g", "1", Role.CLOSING, 12)),
                second.target().codes());
        assertEquals(List.of(new InlineCode("g", "1", Role.OPENING, 0), new InlineCode("g", "1", Role.CLOSING, 3)),
                second.source().codes());
        assertNull(file.segments().get(2).target(), "a unit without target: each of its segments has none");
        assertEquals("未译。", file.segments().get(2).source().text());
        assertEquals("The target is not segmented.", file.segments().get(4).target().text(),
                "a target not segmented as its seg-source is: the unit is one segment, read from <source>");
        assertEquals("译文未分段。", file.segments().get(4).source().text());
        assertNull(file.segments().get(5).target(), "a mid the target lacks has no target");
        assertEquals("One more.", file.segments().get(6).target().text());
        BilingualDocument document = BilingualDocument.of(file, "s.xlf", false);
        assertEquals("Sentence one.\nSentence two.\n\n\nThe target is not segmented.\n\nOne more.\n", document.target().text());
    }

    private static final String TWO_FILES_1 = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt"><body>
              <trans-unit id="t1"><source>一</source><target>One.</target></trans-unit>
             </body></file>
             <file source-language="zh" target-language="en" datatype="plaintext" original="b.txt"><body>
              <trans-unit id="t1"><source>二</source><target>Two.</target></trans-unit>
              <trans-unit id="t2"><source>三</source><target>Three.</target></trans-unit>
             </body></file>
            </xliff>
            """;

    @Test
    void unitIdsOfSeveralFilesAreNamedWithTheirFile() throws Exception {
        assertEquals(List.of("a.txt/t1", "b.txt/t1", "b.txt/t2"),
                read("m.xlf", TWO_FILES_1).segments().stream().map(BilingualFile.Segment::id).toList());
        String xliff2 = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
                 <file id="f1"><unit id="u1"><segment><source>一</source><target>One.</target></segment></unit></file>
                 <file id="f2"><unit id="u1"><segment id="s1"><source>二</source><target>Two.</target></segment>
                   <segment id="s2"><source>三</source><target>Three.</target></segment></unit></file>
                </xliff>
                """;
        assertEquals(List.of("f1/u1", "f2/u1/s1", "f2/u1/s2"),
                read("m.xliff", xliff2).segments().stream().map(BilingualFile.Segment::id).toList());
        // a file name missing or given twice: the files' positions
        String unnamed = TWO_FILES_1.replace(" original=\"b.txt\"", " original=\"a.txt\"");
        assertEquals(List.of("1/t1", "2/t1", "2/t2"), read("n.xlf", unnamed).segments().stream().map(BilingualFile.Segment::id).toList());
        try (java.io.InputStream in = Files.newInputStream(write("p.xlf", TWO_FILES_1))) {
            assertEquals(List.of("a.txt", "b.txt"), XliffReader.fileNames(in));
        }
    }

    @Test
    void aDocumentOfOneFileKeepsItsUnitIdsAsTheyAre() throws Exception {
        assertEquals(List.of("t1", "t2", "t3", "t4", "t5"),
                read("a.xlf", XLIFF_1).segments().stream().map(BilingualFile.Segment::id).toList());
    }
}
