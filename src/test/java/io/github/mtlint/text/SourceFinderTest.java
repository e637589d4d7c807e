package io.github.mtlint.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFinderTest {

    @TempDir
    Path dir;

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text\n");
        return file;
    }

    private List<Input> collect(SourceFinder finder, String... arguments) {
        return finder.pair(new InputCollector(List.of(), List.of()).collect(List.of(arguments)), List.of(arguments));
    }

    @Test
    void aTaggedSiblingIsTheSourceAndNotAnInput() throws IOException {
        write("a.txt");
        write("a.zh.txt");
        write("b.en.txt");
        write("b.zh-Hant.txt");
        List<Input> inputs = collect(new SourceFinder(null, null), dir.toString());
        assertEquals(2, inputs.size(), inputs.toString());
        Input.SourceRef a = inputs.get(0).source().orElseThrow();
        assertEquals("a.zh.txt", a.file().getFileName().toString());
        assertEquals("zh", a.language());
        assertEquals(dir + "/a.zh.txt", a.displayPath());
        assertEquals("zh-Hant", inputs.get(1).source().orElseThrow().language());
    }

    @Test
    void aFileGivenDirectlyFindsItsSourceToo() throws IOException {
        Path a = write("a.txt");
        write("a.zh.txt");
        List<Input> inputs = collect(new SourceFinder(null, null), a.toString());
        assertEquals(1, inputs.size());
        assertTrue(inputs.get(0).source().isPresent());
    }

    @Test
    void aSourceWithoutItsTranslationIsReported() throws IOException {
        write("lonely.zh.txt");
        write("other.txt");
        List<Input> inputs = collect(new SourceFinder(null, null), dir.toString());
        Input.Missing missing = (Input.Missing) inputs.stream().filter(i -> i instanceof Input.Missing).findFirst().orElseThrow();
        assertTrue(missing.reason().contains("lonely.txt"), missing.reason());
    }

    @Test
    void namesThatAreNoLanguageTagAreOrdinaryInputs() throws IOException {
        write("report.final.txt");
        write("notes.v2.txt");
        List<Input> inputs = collect(new SourceFinder(null, null), dir.toString());
        assertEquals(2, inputs.size());
        inputs.forEach(i -> assertInstanceOf(Input.FileInput.class, i));
    }

    @Test
    void anExplicitSourceFilePairsTheOneInputAndOnlyOne() throws IOException {
        Path target = write("en/article.txt");
        Path source = write("zh/original.txt");
        List<Input> inputs = collect(new SourceFinder(source, "zh"), target.toString());
        assertEquals(source, inputs.get(0).source().orElseThrow().file());
        write("en/second.txt");
        assertThrows(IllegalArgumentException.class, () -> collect(new SourceFinder(source, null), dir.resolve("en").toString()));
    }

    @Test
    void aParallelFolderGivesEachInputTheSameRelativePath() throws IOException {
        write("en/x/one.txt");
        write("zh/x/one.txt");
        write("en/two.txt");
        write("zh/two.zh.txt");
        write("en/three.txt");
        List<Input> inputs = collect(new SourceFinder(dir.resolve("zh"), null), dir.resolve("en").toString());
        assertEquals(3, inputs.size());
        assertTrue(inputs.get(0).source().isEmpty(), "three.txt has no source");
        assertEquals(dir.resolve("zh/two.zh.txt"), inputs.get(1).source().orElseThrow().file());
        assertEquals(dir.resolve("zh/x/one.txt"), inputs.get(2).source().orElseThrow().file());
    }

    @Test
    void theLanguageOfAnUntaggedSourceIsToldFromItsScript() {
        assertEquals("zh", SourceLanguages.detect("国务院副总理何立峰会见了客人。"));
        assertEquals("ja", SourceLanguages.detect("東京で会議が開かれました。"));
        assertEquals("ko", SourceLanguages.detect("서울에서 회의가 열렸다."));
        assertEquals("und", SourceLanguages.detect("Plain English."));
    }
}
