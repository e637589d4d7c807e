package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.lexicon.ChineseForms;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A withheld name spelt out: Chinese news hides a private person's given name behind 某 (黄某某, 周某), and a
 * translation that writes its pinyin ("Huang Moumou", "Zhou Mou") turns the placeholder into a name nobody has.
 * Decided from the source: the aligned source holds the placeholder and no character a real name "Mou" could come
 * from (牟, 谋), so the English word can only be the placeholder's reading. Without a source only the doubled reading
 * after a surname is flagged ("Huang Moumou"): no one is named that, while "Mou" may be a given name (谋).
 */
public final class PlaceholderNameRule extends BaseRule {

    private final double minConfidence;
    private final String placeholder;
    private final String sameReadingCharacters;
    private final Pattern romanised;
    private final Pattern doubledAfterSurname;
    private final ChineseForms chinese;

    public PlaceholderNameRule(RuleSpec spec) {
        super(spec.meta());
        this.minConfidence = AlignedPairs.minConfidence(spec);
        this.placeholder = spec.text("placeholder");
        this.sameReadingCharacters = String.join("", spec.list("sameReadingCharacters"));
        this.chinese = spec.shared(Lexicon.class).chinese();
        // the reading alone, doubled, or after the surname ("Huang Moumou"): the surname belongs to the wrong name
        String readings = String.join("|", spec.list("romanisations").stream().map(Pattern::quote).toList());
        this.romanised = Pattern.compile("(?:(?<surname>\\p{Lu}\\p{Ll}*) )?(?<![\\p{L}'’-])(?<reading>(?iu:" + readings
                + "))(?![\\p{L}'’-])");
        String doubled = String.join("|", spec.list("doubledRomanisations").stream().map(Pattern::quote).toList());
        this.doubledAfterSurname = Pattern.compile("(?<![\\p{L}'’-])(?<surname>\\p{Lu}\\p{Ll}+) (?:" + doubled + ")(?![\\p{L}'’-])");
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            Matcher m = doubledAfterSurname.matcher(document.text());
            while (m.find()) {
                context.flag(new Span(m.start(), m.end())).suggest(m.group("surname")).message("withheld").report();
            }
            return;
        }
        for (AlignedSegment pair : AlignedPairs.of(document, minConfidence)) {
            String sourceSegment = AlignedPairs.sourceText(document, pair);
            int at = sourceSegment.indexOf(placeholder);
            if (at < 0 || sourceSegment.codePoints().anyMatch(c -> sameReadingCharacters.indexOf(c) >= 0)) {
                continue;
            }
            // the person's placeholder, if the segment has one (南京某大学学生黄某某: 黄某某, not 某大学)
            Span placeholderSpan = placeholderWithSurname(sourceSegment, at);
            for (int next = at; next >= 0; next = sourceSegment.indexOf(placeholder, next + 1)) {
                Span candidate = placeholderWithSurname(sourceSegment, next);
                if (candidate.start() < next) {
                    placeholderSpan = candidate;
                    break;
                }
            }
            boolean withSurname = !sourceSegment.startsWith(placeholder, placeholderSpan.start());
            Matcher m = romanised.matcher(document.text(pair.target()));
            while (m.find()) {
                // the word before is the surname only where the source names one (黄某某, not 某公司)
                boolean surnameBefore = withSurname && m.group("surname") != null;
                Span written = new Span(surnameBefore ? m.start() : m.start("reading"), m.end());
                RuleContext.IssueBuilder issue = context.flag(written.shift(pair.target().start()))
                        .source(placeholderSpan.shift(pair.source().start()));
                if (surnameBefore) {
                    issue.suggest(m.group("surname")).message("surname");
                }
                issue.report();
            }
        }
    }

    /** The placeholder, doubled or not, with the surname before it (黄某某), as the source writes the person. */
    private Span placeholderWithSurname(String segment, int at) {
        int end = at + placeholder.length();
        while (segment.startsWith(placeholder, end)) {
            end += placeholder.length();
        }
        int start = at;
        for (int length = 2; length >= 1; length--) {
            if (at >= length && chinese.isSurname(segment.substring(at - length, at))) {
                start = at - length;
                break;
            }
        }
        return new Span(start, end);
    }
}
