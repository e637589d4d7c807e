package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segment ids of segmented XLIFF 1.2 trans-units and of documents with several files, in reports and write-back. */
class XliffSegmentIdsCliTest {

    @TempDir
    Path dir;

    @Test
    void aSegSourceMarkIsASegmentNamedUnitSlashMidInReportsAndWriteBack() throws Exception {
        Path input = CommandRun.write(dir, "in/s.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="s.txt"><body>
                  <trans-unit id="u1"><source>双方同意加强合作。国务院副总理何立峰会见了客人。</source>
                   <seg-source><mrk mtype="seg" mid="1">双方同意加强合作。</mrk><mrk mtype="seg" mid="2">国务院副总理何立峰会见了客人。</mrk></seg-source>
                   <target><mrk mtype="seg" mid="1">Both sides agreed to strengthen cooperation.</mrk> <mrk mtype="seg" mid="2">Vice Premier He Li Feng met the guests.</mrk></target>
                  </trans-unit>
                 </body></file>
                </xliff>
                """);
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.run("check", "-f", "text", "-f", "xliff", "-o", out.toString(), input.toString());
        assertTrue(run.out().contains(input + "#u1/2:14: major [accuracy.name] 'He Li Feng'"), run.out());
        String annotated = Files.readString(out.resolve("s.xlf"));
        assertTrue(annotated.contains("<mrk mtype=\"seg\" mid=\"2\">Vice Premier <mrk mtype=\"x-its\""), annotated);
    }

    @Test
    void theSameUnitIdInTwoFilesOfADocumentIsTwoSegments() throws Exception {
        Path input = CommandRun.write(dir, "in/m.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt"><body>
                  <trans-unit id="t1"><source>双方同意加强合作。</source><target>Both sides agreed to strengthen cooperation.</target></trans-unit>
                 </body></file>
                 <file source-language="zh" target-language="en" datatype="plaintext" original="b.txt"><body>
                  <trans-unit id="t1"><source>国务院副总理何立峰会见了客人。</source><target>Vice Premier He Li Feng met the guests.</target></trans-unit>
                 </body></file>
                </xliff>
                """);
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.run("check", "-f", "text", "-f", "xliff", "-o", out.toString(), input.toString());
        assertTrue(run.out().contains(input + "#b.txt/t1:14: major [accuracy.name] 'He Li Feng'"), run.out());
        String annotated = Files.readString(out.resolve("m.xlf"));
        assertTrue(annotated.contains("<target>Both sides agreed to strengthen cooperation.</target>"), annotated);
        assertTrue(annotated.contains("<target>Vice Premier <mrk mtype=\"x-its\""), annotated);
    }

    /** A message that points at another place of the document names its segment: a bilingual file's lines are not the file's. */
    @Test
    void aMessageNamesTheSegmentOfTheEarlierTranslation() throws Exception {
        Path input = CommandRun.write(dir, "in/r.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="r.txt"><body>
                  <trans-unit id="intro"><source>双方同意加强合作。</source><target>Both sides agreed to strengthen cooperation.</target></trans-unit>
                  <trans-unit id="close"><source>双方同意加强合作。</source><target>The two sides agreed to step up cooperation.</target></trans-unit>
                 </body></file>
                </xliff>
                """);
        CommandRun run = CommandRun.run("check", "-f", "text", input.toString());
        assertTrue(run.out().contains("is translated 'Both sides agreed to strengthen cooperation.' in segment intro;"), run.out());
    }

    /** A tool's own element named file, deeper in the document, is no file of the XLIFF: the write-back counts as the reader. */
    @Test
    void onlyTheRootsFileChildrenAreFiles() throws Exception {
        Path input = CommandRun.write(dir, "in/h.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:x="urn:example:tool">
                 <file source-language="zh" target-language="en" datatype="plaintext" original="a.txt">
                  <header><x:file name="glossary.tbx"/></header><body>
                  <trans-unit id="t1"><source>国务院副总理何立峰会见了客人。</source><target>Vice Premier He Li Feng met the guests.</target></trans-unit>
                 </body></file>
                 <file source-language="zh" target-language="en" datatype="plaintext" original="b.txt"><body>
                  <trans-unit id="t1"><source>双方同意加强合作。</source><target>Both sides agreed to strengthen cooperation.</target></trans-unit>
                 </body></file>
                </xliff>
                """);
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.run("check", "-f", "text", "-f", "xliff", "-o", out.toString(), input.toString());
        assertTrue(run.out().contains(input + "#a.txt/t1:14: major [accuracy.name] 'He Li Feng'"), run.out());
        String annotated = Files.readString(out.resolve("h.xlf"));
        assertTrue(annotated.contains("<target>Vice Premier <mrk mtype=\"x-its\""), annotated);
        assertTrue(annotated.contains("<target>Both sides agreed to strengthen cooperation.</target>"), annotated);
    }
}
