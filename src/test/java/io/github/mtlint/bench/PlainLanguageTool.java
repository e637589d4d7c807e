package io.github.mtlint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmarks' baseline: plain LanguageTool (the version mtlint is built with, its default en-US rules, one
 * thread, none of mtlint's changes), as a user of LanguageTool would run it over the same files. It writes a JSON
 * report in the shape of mtlint's (path, words, issues with rule, category, start, end, line, column, text,
 * message), so that its findings can be compared and scored the same way.
 *
 * <pre>
 * java -cp target/mtlint.jar:target/test-classes io.github.mtlint.bench.PlainLanguageTool OUT.json FILE_OR_DIR...
 * </pre>
 */
public final class PlainLanguageTool {

    private PlainLanguageTool() {
    }

    /** The command line that runs this class, as the benchmarks start it: a JVM of its own, after mtlint is built. */
    static List<String> command(Path report, Path input) {
        return List.of("java", "-cp", "target/mtlint.jar" + java.io.File.pathSeparator + "target/test-classes",
                PlainLanguageTool.class.getName(), report.toString(), input.toString());
    }

    /** {@code BASELINE_SCRIPT OUT.json INPUT} when the benchmark was given a script, else {@link #command}. */
    static List<String> command(String script, Path report, Path input) {
        return script == null ? command(report, input) : List.of(script, report.toString(), input.toString());
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PlainLanguageTool OUT.json FILE_OR_DIR...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path path = Path.of(args[i]);
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.putObject("tool").put("name", "languagetool").put("version", JLanguageTool.VERSION);
        ArrayNode out = root.putArray("files");
        for (Path file : files) {
            String text = Files.readString(file);
            ObjectNode document = out.addObject();
            document.put("path", file.toString());
            document.put("words", text.isBlank() ? 0 : text.trim().split("\\s+").length);
            ArrayNode issues = document.putArray("issues");
            for (RuleMatch match : languageTool.check(text)) {
                int start = match.getFromPos();
                int end = match.getToPos();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < start; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                ObjectNode issue = issues.addObject();
                issue.put("rule", match.getRule().getId());
                issue.put("category", match.getRule().getCategory().getId().toString());
                issue.put("severity", "minor"); // LanguageTool has no severities
                issue.put("start", text.codePointCount(0, start));
                issue.put("end", text.codePointCount(0, end));
                issue.put("line", line);
                issue.put("column", text.codePointCount(lineStart, start) + 1);
                issue.put("text", text.substring(start, end));
                issue.put("message", match.getMessage().replaceAll("</?suggestion>", "'"));
            }
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), root);
    }
}
