package io.github.mtlint.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class InputCollectorTest {

    @Test
    void walksFoldersInSortedOrderSkippingHiddenOnesAndApplyingGlobs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/deep"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/deep/z.txt"), "z");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("notes.md"), "m");
        Files.writeString(dir.resolve("skip.txt"), "s");
        Files.writeString(dir.resolve(".git/x.txt"), "x");
        List<Input> inputs = new InputCollector(List.of(), List.of("skip.txt")).collect(List.of(dir.toString()));
        assertEquals(List.of(dir + "/a.txt", dir + "/b/deep/z.txt"), inputs.stream().map(Input::displayPath).toList());
        List<Input> markdown = new InputCollector(List.of("*.md"), List.of()).collect(List.of(dir.toString()));
        assertEquals(List.of(dir + "/notes.md"), markdown.stream().map(Input::displayPath).toList());
    }

    /** The round-10 robustness review: only "drafts/*" left out a folder; the ways people write it now all do. */
    @Test
    void aFolderIsExcludedHoweverItsGlobIsWritten(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles.resolve("drafts/old"));
        Files.writeString(articles.resolve("a.txt"), "a");
        Files.writeString(articles.resolve("drafts/d.txt"), "d");
        Files.writeString(articles.resolve("drafts/old/e.txt"), "e");
        for (String glob : List.of("drafts/*", "drafts", "drafts/", "**/drafts/**", articles + "/drafts/*", "**/drafts")) {
            List<Input> inputs = new InputCollector(List.of(), List.of(glob)).collect(List.of(articles.toString()));
            assertEquals(List.of(articles + "/a.txt"), inputs.stream().map(Input::displayPath).toList(), glob);
        }
        List<Input> all = new InputCollector(List.of(), List.of("draft")).collect(List.of(articles.toString()));
        assertEquals(3, all.size(), "a name that is no folder's excludes nothing");
    }

    @Test
    void reportsMissingPathsAndFoldersWithoutText(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        List<Input> inputs = new InputCollector(List.of(), List.of())
                .collect(List.of(dir.resolve("nope.txt").toString(), dir.resolve("empty").toString(), "-", "-"));
        assertEquals(3, inputs.size());
        assertEquals("no such file or directory", ((Input.Missing) inputs.get(0)).reason());
        assertEquals("directory contains no text files matching *.txt, *.xlf, *.xliff, *.tmx", ((Input.Missing) inputs.get(1)).reason());
        assertInstanceOf(Input.StandardInput.class, inputs.get(2));
    }
}
