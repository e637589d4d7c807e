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
