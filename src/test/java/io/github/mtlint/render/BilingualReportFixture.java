package io.github.mtlint.render;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.AlignmentKind;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.LineIndex;
import io.github.mtlint.model.RuleExample;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.Span;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.report.SourceExcerpt;
import io.github.mtlint.report.SourceInfo;
import io.github.mtlint.report.Summary;
import io.github.mtlint.score.MqmScore;
import io.github.mtlint.score.MqmScorer;
import io.github.mtlint.score.ScoringModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bilingual run built by hand, so that renderer tests do not move when the accuracy rules change: one English
 * document beside its Chinese source (three lines with CRLF ends, so source offsets in the file differ from those in
 * the normalised text), aligned by sentences: two pairs, the second with low confidence, a source sentence the
 * translation left out and a target sentence with no source. Findings: a wrong number with its source span (1.2万亿元
 * is 1.2 trillion), the omission with the left-out source sentence, and an addition without a source span.
 */
final class BilingualReportFixture {

    static final String TARGET = "BEIJING, Jan. 17 -- China's gross domestic product reached 1.2 billion yuan in 2022, the National "
            + "Bureau of Statistics said on Tuesday. Retail sales grew by 5 percent. It was a landmark year for the economy.\n";
    static final String SOURCE_FILE = "国家统计局17日表示，2022年中国国内生产总值达到1.2万亿元。\r\n社会消费品零售总额增长5%。\r\n城镇新增就业1206万人。\r\n";
    static final String SOURCE_PATH = "news/gdp.zh.txt";
    static final String TARGET_PATH = "news/gdp.txt";

    private static Report report;

    private BilingualReportFixture() {
    }

    static synchronized Report report() {
        if (report == null) {
            report = build();
        }
        return report;
    }

    static String render(String format) {
        return ReportFixture.render(report(), format);
    }

    private static Report build() {
        String source = SOURCE_FILE.replace("\r\n", "\n");
        List<Integer> removedCarriageReturns = new ArrayList<>();
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            removedCarriageReturns.add(i);
        }
        LineIndex sourceLines = new LineIndex(source, removedCarriageReturns.stream().mapToInt(Integer::intValue).toArray());
        LineIndex targetLines = LineIndex.of(TARGET);

        Span t1 = span(TARGET, "BEIJING", "on Tuesday.");
        Span t2 = span(TARGET, "Retail", "5 percent.");
        Span t3 = span(TARGET, "It was", "economy.");
        Span s1 = span(source, "国家统计局", "万亿元。");
        Span s2 = span(source, "社会", "5%。");
        Span s3 = span(source, "城镇", "万人。");
        List<AlignedSegment> segments = List.of(new AlignedSegment(t1, s1, 0.81), new AlignedSegment(t2, s2, 0.03),
                new AlignedSegment(new Span(t3.start(), t3.start()), s3, 0),
                new AlignedSegment(t3, new Span(s3.end(), s3.end()), 0));
        SourceInfo sourceInfo = new SourceInfo(SOURCE_PATH, "zh", AlignmentKind.SENTENCES, source, segments,
                "not line-aligned (the sides have different numbers of lines): sentences were aligned by length and numbers; "
                        + "1 source and 1 target sentences have no counterpart");

        Issue number = new Issue("accuracy.number", Category.ACCURACY_MISTRANSLATION, Severity.MAJOR,
                "The source says 1.2万亿元 (1.2 trillion yuan); the translation says 1.2 billion yuan.",
                span(TARGET, "1.2 billion yuan", "1.2 billion yuan"), List.of("1.2 trillion yuan"), span(source, "1.2万亿元", "1.2万亿元"));
        Issue omission = new Issue("accuracy.omission", Category.ACCURACY_OMISSION, Severity.MAJOR,
                "A sentence of the source has no translation: 城镇新增就业1206万人。", new Span(t3.start(), t3.start()), List.of(), s3);
        Issue addition = new Issue("accuracy.addition", Category.ACCURACY_ADDITION, Severity.MINOR,
                "This sentence has no counterpart in the source.", t3, List.of(), null);
        List<Issue> issues = List.of(number, omission, addition);
        List<ReportedIssue> reported = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            SourceExcerpt excerpt = issue.source().map(s -> new SourceExcerpt(sourceLines.originalCodePointOffset(s.start()),
                    sourceLines.originalCodePointOffset(s.end()), sourceLines.originalText(source, s))).orElse(null);
            reported.add(new ReportedIssue(issue, targetLines.locate(issue.span()), targetLines.originalCodePointOffset(issue.span().start()),
                    targetLines.originalCodePointOffset(issue.span().end()), issue.span().of(TARGET), "b1f0c0de000" + i, excerpt));
        }

        ScoringModel scoring = ScoringModel.standard();
        int words = TARGET.trim().split("\\s+").length;
        MqmScore score = new MqmScorer(scoring).score(issues, words);
        DocumentResult document = new DocumentResult(TARGET_PATH, TARGET, words, score, reported, List.of(t1, t2, t3), 0, sourceInfo);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        issues.forEach(i -> bySeverity.merge(i.severity(), 1, Integer::sum));
        Map<String, RuleMeta> rules = new TreeMap<>();
        rules.put("accuracy.number", meta("accuracy.number", Category.ACCURACY_MISTRANSLATION, Severity.MAJOR,
                "A number of the source is missing from the translation or stands there with another value.",
                new RuleExample("GDP reached [[1.2 billion yuan]].", "国内生产总值达到1.2万亿元。")));
        rules.put("accuracy.omission", meta("accuracy.omission", Category.ACCURACY_OMISSION, Severity.MAJOR,
                "A source sentence or clause has no counterpart in the translation.",
                new RuleExample("Retail sales grew 5%.[[]]", "社会消费品零售总额增长5%。城镇新增就业1206万人。")));
        rules.put("accuracy.addition", meta("accuracy.addition", Category.ACCURACY_ADDITION, Severity.MINOR,
                "A target sentence has no counterpart in the source.",
                new RuleExample("Retail sales grew 5%. [[It was a landmark year.]]", "社会消费品零售总额增长5%。")));
        Summary summary = new Summary(1, words, issues.size(), bySeverity, score, 0);
        return new Report("test", scoring, List.of(document), List.of(), summary, new TreeMap<>(rules));
    }

    private static RuleMeta meta(String id, Category category, Severity severity, String description, RuleExample example) {
        return new RuleMeta(id, "java", category, severity, description, Map.of(RuleMeta.DEFAULT_MESSAGE, description),
                "built-in", "", List.of(example), List.of(), true);
    }

    /** From the first occurrence of {@code first} to the end of the first {@code last} after it. */
    private static Span span(String text, String first, String last) {
        int start = text.indexOf(first);
        int end = text.indexOf(last, start) + last.length();
        if (start < 0 || end < last.length()) {
            throw new IllegalArgumentException(first + " … " + last + " not in the text");
        }
        return new Span(start, end);
    }
}
