package io.github.mtlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --glossary and mtlint.yml's glossaries: as users run them, with good and bad files. */
class GlossaryCliTest {

    private static final String SOURCE = "自由贸易试验区扩大了。\n渔民出海了。\n";
    private static final String TARGET = "The free trade experimental zone was expanded.\nThe fishing people went to sea.\n";
    private static final String GLOSSARY = "zh,en,en,note\n自由贸易试验区,pilot free trade zone,!free trade experimental zone,\n"
            + "渔民,fisherman,,our style\n";

    @TempDir
    Path dir;

    @Test
    void aGlossaryOptionFlagsForbiddenAndMissingTerms() throws Exception {
        Path glossary = CommandRun.write(dir, "terms.csv", GLOSSARY);
        CommandRun.write(dir, "a.zh.txt", SOURCE);
        Path target = CommandRun.write(dir, "a.txt", TARGET);
        CommandRun run = CommandRun.run("check", "--glossary", glossary.toString(), target.toString());
        assertTrue(run.out().contains(":1:5: major [terminology.glossary] 'free trade experimental zone' is a form the glossary "
                + "forbids; write 'pilot free trade zone' (glossary terms.csv:2). (→ pilot free trade zone)"), run.out());
        assertTrue(run.out().contains(":2:1: minor [terminology.glossary] The source's 渔民 is 'fisherman' in the glossary; "
                + "this segment has none of them (our style)."), run.out());
    }

    @Test
    void theConfigurationsGlossariesAreRelativeToItsFile() throws Exception {
        CommandRun.write(dir, "project/terms/terms.csv", GLOSSARY);
        Path config = CommandRun.write(dir, "project/mtlint.yml", "glossaries: [terms/terms.csv]\n");
        Path target = CommandRun.write(dir, "a.txt", TARGET);
        CommandRun run = CommandRun.run("check", "--config", config.toString(), target.toString());
        assertTrue(run.out().contains("[terminology.glossary] 'free trade experimental zone'"), run.out());
        CommandRun without = CommandRun.run("check", target.toString());
        assertFalse(without.out().contains("terminology.glossary"), without.out());
    }

    @Test
    void aWrongRenderingThatCalqueTermFindsIsOneFindingNotTwo() throws Exception {
        CommandRun.write(dir, "c.zh.txt", "新冠肺炎疫情仍在蔓延。\n");
        Path target = CommandRun.write(dir, "c.txt", "The new crown pneumonia epidemic is still spreading.\n");
        CommandRun run = CommandRun.run("check", "--glossary", "zh-en-news", target.toString());
        assertTrue(run.out().contains("[calque.term] 'new crown pneumonia"), run.out());
        assertFalse(run.out().contains("terminology.glossary"), run.out());
    }

    @Test
    void theBundledNewsGlossaryIsOffUnlessNamed() throws Exception {
        CommandRun.write(dir, "n.zh.txt", "港珠澳大桥通车一周年。\n");
        Path target = CommandRun.write(dir, "n.txt", "The bridge linking the three cities has been open for a year.\n");
        assertFalse(CommandRun.run("check", target.toString()).out().contains("terminology.glossary"));
        CommandRun on = CommandRun.run("check", "--glossary", "zh-en-news", target.toString());
        assertTrue(on.out().contains("The source's 港珠澳大桥 is 'Hong Kong-Zhuhai-Macao Bridge' or 'Hong Kong-Zhuhai-Macau Bridge'"), on.out());
    }

    @Test
    void aBadGlossaryIsOneLineAndExitCode2() throws Exception {
        Path glossary = CommandRun.write(dir, "bad.tsv", "zh\ten\n渔民\tfisherman\textra\n");
        Path target = CommandRun.write(dir, "a.txt", TARGET);
        CommandRun run = CommandRun.run("check", "--glossary", glossary.toString(), target.toString());
        assertEquals(2, run.code());
        assertEquals("mtlint: " + glossary + ":2:3: 3 cells, but the header names 2 columns\n", run.err());
    }

    @Test
    void aReportIsNeverWrittenOverAGlossary() throws Exception {
        Path glossary = CommandRun.write(dir, "terms.csv", GLOSSARY);
        Path target = CommandRun.write(dir, "a.txt", TARGET);
        CommandRun run = CommandRun.run("check", "--glossary", glossary.toString(), "-f", "json", "-o", glossary.toString(),
                target.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("glossary"), run.err());
        assertEquals(GLOSSARY, java.nio.file.Files.readString(glossary));
    }
}
