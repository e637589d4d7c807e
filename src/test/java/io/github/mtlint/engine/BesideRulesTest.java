package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSet;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With fewer documents than threads, LanguageTool's rules run on a spare thread beside mtlint's: the same report. */
class BesideRulesTest {

    private static final String ARTICLE = "Beijing, July 26 (Xinhua) -- The the delegation arrived in Tashkent on Monday.\n"
            + "It's talks covered trade , energy and and culture, officials said.\n";

    /** Reports each word of the text and where it ran; runs beside the others when asked to. */
    private static final class WordRule implements Rule {
        private final RuleMeta meta;
        private final boolean beside;
        final Map<String, String> threads = new ConcurrentHashMap<>();

        WordRule(String id, boolean beside) {
            this.meta = new RuleMeta(id, "java", Category.OTHER, Severity.MINOR, "d", Map.of("default", "word"), "test", "",
                    List.of(), List.of(), true);
            this.beside = beside;
        }

        @Override
        public RuleMeta meta() {
            return meta;
        }

        @Override
        public boolean runsBesideOthers() {
            return beside;
        }

        @Override
        public void check(Document document, RuleContext context) {
            threads.put(document.id(), Thread.currentThread().getName());
            document.paragraphs().forEach(p -> p.sentences().forEach(s -> s.tokens().stream().limit(2)
                    .forEach(t -> context.flag(t.span()).report())));
        }
    }

    private static List<Input> inputs(Path dir, int count) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(new Input.FileInput(Files.writeString(dir.resolve("a" + i + ".txt"), ARTICLE), "a" + i + ".txt", null));
        }
        return inputs;
    }

    private static Linter linter(RuleSet rules, int threads) {
        return new Linter(Fixtures.analyzer(), rules, Fixtures.settings(), ScoringModel.standard(), Baseline.empty(),
                threads, "test");
    }

    private static List<String> issues(Report report) {
        List<String> lines = new ArrayList<>();
        for (DocumentResult document : report.documents()) {
            document.issues().forEach(i -> lines.add(document.path() + " " + i.issue().ruleId() + " " + i.issue().span()));
        }
        return lines;
    }

    @Test
    void aRuleThatRunsBesideRunsOnASpareThreadAndKeepsItsPlaceInTheReport(@TempDir Path dir) throws IOException {
        WordRule first = new WordRule("test.first", false);
        WordRule apart = new WordRule("test.apart", true);
        WordRule last = new WordRule("test.last", false);
        RuleSet rules = RuleSet.builder().add(first).add(apart).add(last).build();

        Report alone = linter(rules, 1).lint(inputs(dir, 1), InputStream.nullInputStream());
        assertTrue(apart.threads.get("a0.txt").startsWith("mtlint-worker-"), apart.threads.toString());
        Report beside = linter(rules, 2).lint(inputs(dir, 1), InputStream.nullInputStream());
        assertTrue(apart.threads.get("a0.txt").startsWith("mtlint-beside-"), apart.threads.toString());
        assertTrue(first.threads.get("a0.txt").startsWith("mtlint-worker-"), first.threads.toString());

        assertEquals(issues(alone), issues(beside));
        assertTrue(issues(beside).stream().anyMatch(line -> line.contains(" test.apart ")), issues(beside).toString());
    }

    @Test
    void withADocumentForEveryThreadNoRuleRunsBeside(@TempDir Path dir) throws IOException {
        WordRule apart = new WordRule("test.apart", true);
        linter(RuleSet.builder().add(apart).build(), 2).lint(inputs(dir, 2), InputStream.nullInputStream());
        assertEquals(2, apart.threads.size());
        apart.threads.values().forEach(thread -> assertTrue(thread.startsWith("mtlint-worker-"), thread));
    }

    /** The shipped rules: one article checked with a spare thread reports what one thread reports. */
    @Test
    void theShippedRulesReportTheSameWithASpareThread(@TempDir Path dir) throws IOException {
        Path article = Files.writeString(dir.resolve("xi.txt"), Files.readString(Path.of("samples/xi_central_asia.txt"))
                + "\nThe envoy ate a apple and recieved a letter from the the mayor.\n");
        List<Input> input = List.of(new Input.FileInput(article, "xi.txt", null));
        List<String> alone = issues(linter(Fixtures.rules(), 1).lint(input, InputStream.nullInputStream()));
        List<String> beside = issues(linter(Fixtures.rules(), 2).lint(input, InputStream.nullInputStream()));
        assertTrue(alone.stream().anyMatch(line -> line.contains(" lt.")), "LanguageTool found something: " + alone);
        assertEquals(alone, beside);
    }
}
