package io.github.mtlint.render;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.FileSegment;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleExample;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ProcessingError;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.SourceExcerpt;
import io.github.mtlint.report.SourceInfo;
import io.github.mtlint.report.Summary;
import io.github.mtlint.score.MqmScore;
import io.github.mtlint.score.MqmScorer;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.BilingualDocument;
import io.github.mtlint.text.BilingualFiles;
import io.github.mtlint.text.UnreadableInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run over an XLIFF file, read by the real reader, with findings built by hand so that renderer tests do not move
 * when rules change: a wrong number with its source span, a lost inline code and a segment without a translation,
 * each in its segment; one segment marked translate="no"; and a malformed file beside it, an error at its position.
 */
final class FileReportFixture {

    static final String PATH = "news/gdp.xlf";
    static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file source-language="zh-CN" target-language="en" datatype="plaintext" original="gdp.txt"><body>
              <trans-unit id="headline"><source>中国经济总量突破120万亿元</source><target>China's economy tops 120 billion yuan</target></trans-unit>
              <trans-unit id="p1"><source>国家统计局<g id="1">周二</g>表示，零售额增长5%。</source><target>The statistics bureau said on Tuesday that retail sales grew 5%.</target></trans-unit>
              <trans-unit id="code" translate="no"><source>GDP-2022</source><target>GDP-2022</target></trans-unit>
              <trans-unit id="p2"><source>城镇新增就业1206万人。</source></trans-unit>
             </body></file>
            </xliff>
            """;

    private static Report report;

    private FileReportFixture() {
    }

    static synchronized Report report() {
        if (report == null) {
            try {
                report = build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return report;
    }

    static String render(String format) {
        return ReportFixture.render(report(), format);
    }

    private static Report build() throws IOException, UnreadableInputException {
        Path file = Files.createTempFile("mtlint-fixture", ".xlf");
        BilingualDocument pair;
        try {
            Files.writeString(file, XLIFF);
            pair = BilingualDocument.of(BilingualFiles.read(file, PATH), PATH, false);
        } finally {
            Files.deleteIfExists(file);
        }
        String target = pair.target().text();
        String source = pair.source().text();
        List<String> ids = new ArrayList<>();
        List<AlignedSegment> rows = new ArrayList<>();
        for (FileSegment segment : pair.segments()) {
            rows.add(new AlignedSegment(segment.target(), segment.source(), 1.0));
            ids.add(segment.id());
        }
        SourceInfo sourceInfo = new SourceInfo(PATH, pair.sourceLanguage(), pair.alignment().kind(), source,
                rows, "1 of the file's 4 segments not checked (translate=\"no\")", ids);
        FileSegment headline = pair.segments().get(0);
        FileSegment p1 = pair.segments().get(1);
        FileSegment p2 = pair.segments().get(2);

        Issue number = new Issue("accuracy.number", Category.ACCURACY_MISTRANSLATION, Severity.MAJOR,
                "The source says 120万亿元 (120 trillion yuan); '120 billion yuan' has another value.",
                within(target, headline.target(), "120 billion yuan"), List.of("120 trillion yuan"), within(source, headline.source(), "120万亿元"));
        Issue code = new Issue("segment.inline-codes", Category.DESIGN_MARKUP, Severity.MAJOR,
                "The source's inline code <g id=\"1\"> is missing from the translation.", p1.target(), List.of(), null);
        Issue empty = new Issue("segment.empty-target", Category.ACCURACY_OMISSION, Severity.MAJOR,
                "This segment has no translation: the file gives it no target.", p2.target(), List.of(), p2.source());
        List<Issue> issues = List.of(number, code, empty);
        List<String> segments = List.of(headline.id(), p1.id(), p2.id());
        List<ReportedIssue> reported = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            SourceExcerpt excerpt = issue.source().map(s -> new SourceExcerpt(pair.source().lines().originalCodePointOffset(s.start()),
                    pair.source().lines().originalCodePointOffset(s.end()), s.of(source))).orElse(null);
            reported.add(new ReportedIssue(issue, pair.target().lines().locate(issue.span()),
                    pair.target().lines().originalCodePointOffset(issue.span().start()),
                    pair.target().lines().originalCodePointOffset(issue.span().end()), issue.span().of(target), "f11e5e9000" + i,
                    excerpt, segments.get(i)));
        }
        ScoringModel scoring = ScoringModel.standard();
        int words = io.github.mtlint.model.Document.countWords(target);
        MqmScore score = new MqmScorer(scoring).score(issues, words);
        DocumentResult document = new DocumentResult(PATH, target, words, score, reported,
                List.of(headline.target(), p1.target()), 0, sourceInfo);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        issues.forEach(i -> bySeverity.merge(i.severity(), 1, Integer::sum));
        Map<String, RuleMeta> rules = new TreeMap<>();
        rules.put("accuracy.number", meta("accuracy.number", Category.ACCURACY_MISTRANSLATION,
                "A number of the source is missing from the translation or stands there with another value.",
                new RuleExample("GDP reached [[1.2 billion yuan]].", "国内生产总值达到1.2万亿元。")));
        rules.put("segment.inline-codes", meta("segment.inline-codes", Category.DESIGN_MARKUP,
                "Inline codes that differ between a segment's source and its translation.",
                new RuleExample("[[Click here.]]", "点击<pc id=\"1\">这里</pc>。", true)));
        rules.put("segment.empty-target", meta("segment.empty-target", Category.ACCURACY_OMISSION,
                "A segment whose source has text but whose translation is empty or missing.",
                new RuleExample("[[]]", "双方同意加强合作。", true)));
        Summary summary = new Summary(1, words, issues.size(), bySeverity, score, 0);
        List<ProcessingError> errors = List.of(ProcessingError.input("news/bad.xlf",
                "3:41: The element type \"source\" must be terminated by the matching end-tag \"</source>\"."));
        return new Report("test", scoring, List.of(document), errors, summary, new TreeMap<>(rules));
    }

    private static RuleMeta meta(String id, Category category, String description, RuleExample example) {
        return new RuleMeta(id, "java", category, Severity.MAJOR, description, Map.of(RuleMeta.DEFAULT_MESSAGE, description),
                "built-in", "", List.of(example), List.of(), true);
    }

    private static Span within(String text, Span line, String part) {
        int start = text.indexOf(part, line.start());
        if (start < 0 || start + part.length() > line.end()) {
            throw new IllegalArgumentException(part + " not in " + line.of(text));
        }
        return new Span(start, start + part.length());
    }
}
