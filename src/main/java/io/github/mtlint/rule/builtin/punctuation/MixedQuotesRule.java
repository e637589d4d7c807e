package io.github.mtlint.rule.builtin.punctuation;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Straight and typographic quotation marks (or apostrophes) mixed in one document: text assembled from
 * different sources or partly post-edited. Reported once per kind of mark, at the first mark of the less
 * used style, with the counts.
 */
public final class MixedQuotesRule extends BaseRule {

    private static final Pattern STRAIGHT_DOUBLE = Pattern.compile("\"");
    private static final Pattern CURLY_DOUBLE = Pattern.compile("[\u201C\u201D]");
    private static final Pattern STRAIGHT_APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("(?<=\\p{L})\u2019(?=\\p{L})");

    public MixedQuotesRule(RuleSpec spec) {
        super(spec.variables("majority", "minority", "what").meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        compare(document, STRAIGHT_DOUBLE, CURLY_DOUBLE, "quotation marks", context);
        compare(document, STRAIGHT_APOSTROPHE, CURLY_APOSTROPHE, "apostrophes", context);
    }

    private static void compare(Document document, Pattern straight, Pattern curly, String what, RuleContext context) {
        List<Span> straightMarks = find(document.text(), straight);
        List<Span> curlyMarks = find(document.text(), curly);
        if (straightMarks.isEmpty() || curlyMarks.isEmpty()) {
            return;
        }
        boolean straightIsMinority = straightMarks.size() < curlyMarks.size()
                || straightMarks.size() == curlyMarks.size() && straightMarks.get(0).start() > curlyMarks.get(0).start();
        List<Span> minority = straightIsMinority ? straightMarks : curlyMarks;
        List<Span> majority = straightIsMinority ? curlyMarks : straightMarks;
        context.flag(minority.get(0)).with("what", what)
                .with("minority", minority.size() + (straightIsMinority ? " straight" : " typographic"))
                .with("majority", majority.size() + (straightIsMinority ? " typographic" : " straight")).report();
    }

    private static List<Span> find(String text, Pattern pattern) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
