package io.github.mtlint.bench;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.engine.Linter;
import io.github.mtlint.report.Report;
import io.github.mtlint.testing.BilingualFileWriter;
import io.github.mtlint.text.BilingualDocument;
import io.github.mtlint.text.BilingualFiles;
import io.github.mtlint.text.DocumentReader;
import io.github.mtlint.text.Input;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What reading bilingual files costs. Default mode: the pairs of a folder ({@code NAME.txt} beside {@code
 * NAME.zh.txt}) are also written as XLIFF 1.2 and TMX; each round reads all three kinds (the text pairs as the
 * checker reads them) and checks the text pairs and the XLIFF files in process (2 threads); medians. Large mode: an
 * XLIFF 1.2 file of about SIZE MB is written and read in this JVM, which reports its time and the peak resident memory
 * (VmHWM) before and after: reading streams the file, so the peak grows with the text kept, not with a tree of the
 * file.
 *
 * <pre>
 * java -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.BilingualFileBenchmark /tmp/eval/wmt21 [ROUNDS]
 * java -Xmx1g -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.BilingualFileBenchmark --large 50
 * </pre>
 */
public final class BilingualFileBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("--large")) {
            large(Integer.parseInt(args[1]));
            return;
        }
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/bilingual/wmt21");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path out = Files.createTempDirectory("mtlint-bilingual-bench");
        List<Input> pairs = new ArrayList<>();
        List<Input> xliffs = new ArrayList<>();
        List<Path> tmxs = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path target : files.filter(f -> f.toString().endsWith(".txt") && !f.toString().endsWith(".zh.txt")).sorted().toList()) {
                Path source = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.txt$", ".zh.txt"));
                if (!Files.exists(source)) {
                    continue;
                }
                List<String> s = Files.readAllLines(source);
                List<String> t = Files.readAllLines(target);
                if (s.size() != t.size()) {
                    continue;
                }
                pairs.add(new Input.FileInput(target, target.toString(), new Input.SourceRef(source, source.toString(), "zh")));
                String name = target.getFileName().toString().replaceFirst("\\.txt$", "");
                Path xlf = out.resolve(name + ".xlf");
                Files.writeString(xlf, BilingualFileWriter.xliff12(s, t, "zh"));
                xliffs.add(new Input.FileInput(xlf, xlf.toString()));
                Path tmx = out.resolve(name + ".tmx");
                Files.writeString(tmx, BilingualFileWriter.tmx(s, t, "zh"));
                tmxs.add(tmx);
                bytes += Files.size(xlf);
            }
        }
        System.out.printf(Locale.ROOT, "%d pairs; XLIFF files %.1f MB%n", pairs.size(), bytes / 1e6);
        Linter linter = Fixtures.linter();
        linter.lint(pairs.subList(0, Math.min(20, pairs.size())), InputStream.nullInputStream()); // warm up
        List<Double> readText = new ArrayList<>();
        List<Double> readXliff = new ArrayList<>();
        List<Double> readTmx = new ArrayList<>();
        List<Double> checkText = new ArrayList<>();
        List<Double> checkXliff = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (Input input : pairs) {
                Input.FileInput f = (Input.FileInput) input;
                reader.read(f.file(), f.displayPath());
                reader.read(f.source().orElseThrow().file(), f.displayPath());
            }
            readText.add(seconds(start));
            start = System.nanoTime();
            for (Input input : xliffs) {
                Input.FileInput f = (Input.FileInput) input;
                BilingualDocument.of(BilingualFiles.read(f.file(), f.displayPath()), f.displayPath(), false);
            }
            readXliff.add(seconds(start));
            start = System.nanoTime();
            for (Path tmx : tmxs) {
                BilingualDocument.of(BilingualFiles.read(tmx, tmx.toString()), tmx.toString(), false);
            }
            readTmx.add(seconds(start));
            start = System.nanoTime();
            Report text = linter.lint(pairs, InputStream.nullInputStream());
            checkText.add(seconds(start));
            start = System.nanoTime();
            Report xliff = linter.lint(xliffs, InputStream.nullInputStream());
            checkXliff.add(seconds(start));
            System.out.printf(Locale.ROOT, "round %d: read text pairs %.3f s, XLIFF %.3f s, TMX %.3f s; check text pairs %.1f s "
                            + "(%d findings), XLIFF %.1f s (%d findings)%n", round + 1, readText.get(round), readXliff.get(round),
                    readTmx.get(round), checkText.get(round), text.summary().issues(), checkXliff.get(round), xliff.summary().issues());
        }
        System.out.printf(Locale.ROOT, "%nmedians: read text pairs %.3f s, XLIFF %.3f s, TMX %.3f s; check text pairs %.1f s, XLIFF "
                        + "%.1f s (%+.1f%%); reading XLIFF is %.2f%% of the XLIFF check%n", median(readText), median(readXliff),
                median(readTmx), median(checkText), median(checkXliff), 100 * (median(checkXliff) / median(checkText) - 1),
                100 * median(readXliff) / median(checkXliff));
    }

    private static void large(int megabytes) throws Exception {
        Path file = Files.createTempFile("mtlint-large", ".xlf");
        try {
            String source = "国家统计局17日发布数据显示，2022年中国国内生产总值达到121万亿元，比上年增长3.0%。";
            String target = "Data released by the National Bureau of Statistics on the 17th showed that China's gross domestic "
                    + "product reached 121 trillion yuan in 2022, <g id=\"1\">up 3.0 percent</g> from the previous year.";
            int units = 0;
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                        + "<file source-language=\"zh\" target-language=\"en\" datatype=\"plaintext\" original=\"x\"><body>\n");
                while (Files.size(file) < megabytes * 1_000_000L) {
                    for (int i = 0; i < 1000; i++) {
                        out.write("<trans-unit id=\"u" + units++ + "\"><source>" + source + "</source><target>" + target
                                + "</target><note>A note that is not checked.</note></trans-unit>\n");
                    }
                    out.flush();
                }
                out.write("</body></file></xliff>\n");
            }
            long hwmBefore = peakRssKb();
            long start = System.nanoTime();
            BilingualDocument pair = BilingualDocument.of(BilingualFiles.read(file, "large.xlf"), "large.xlf", false);
            double seconds = seconds(start);
            long hwmAfter = peakRssKb();
            System.out.printf(Locale.ROOT, "%.1f MB XLIFF, %d segments, %.1f M characters of target and %.1f M of source read in "
                            + "%.2f s; peak resident memory %d MB before reading, %d MB after (max heap %d MB)%n",
                    Files.size(file) / 1e6, pair.segments().size(), pair.target().text().length() / 1e6,
                    pair.source().text().length() / 1e6, seconds, hwmBefore / 1024, hwmAfter / 1024,
                    Runtime.getRuntime().maxMemory() / (1 << 20));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** This JVM's VmHWM in KB, 0 when unknown (not Linux). */
    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
