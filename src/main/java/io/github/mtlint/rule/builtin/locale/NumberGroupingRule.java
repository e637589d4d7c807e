package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Paragraph;
import io.github.mtlint.model.Sentence;
import io.github.mtlint.model.Span;
import io.github.mtlint.model.Token;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.SentenceRule;
import io.github.mtlint.rule.builtin.Words;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers of four or more digits without thousands separators ("146000 have died", "a reward of 50000 yuan"):
 * Chinese writes 146000 or 14.6万, English news 146,000. Years are left alone ("in 2020"), but a number in the
 * years' range counts as a quantity before a plural noun or unit ("2000 kilometres") or after a quantity word
 * ("about 1500"), unless a determiner makes it a year ("the 2019 world cup"). Codes, phone numbers ("2833 8181")
 * and numbers glued to letters or hyphens ("A320", "600606.SH", "603716. SH") are not quantities, nor is a number
 * after a name in mid-sentence ("Resolution 2231", "the Nokia 3310") unless a unit or plural noun follows it.
 */
public final class NumberGroupingRule extends SentenceRule {

    private static final Pattern DIGITS = Pattern.compile("\\d{4,}");
    /** What approximate counts are rounded to: "about 1500", "nearly 2000". */
    private static final long ROUND = 100;
    /** How many words an apposition may take to name the service a number is ("12306, the ... platform"). */
    private static final int SERVICE_REACH = 6;
    /** A stock exchange suffix after a share code: "600606.SH", "603716. SZ". */
    private static final Pattern EXCHANGE_SUFFIX = Pattern.compile("\\. ?\\p{Lu}{2}(?!\\p{L})");
    /** Four-digit numbers in this range may be years (data). */
    private final int firstYear;
    private final int lastYear;

    private final Set<String> quantityWords;
    private final Set<String> approximationWords;
    private final Set<String> serviceWords;
    private final Set<String> units;
    private final Set<String> labels;
    private final Set<String> yearDeterminers;
    /** An era after a number ("1100 BC") or before it ("AD 1100"): the number is a year, whatever its size. */
    private final Pattern eraAfter;
    private final Pattern eraBefore;

    public NumberGroupingRule(RuleSpec spec) {
        super(spec.meta());
        this.quantityWords = Words.caseInsensitive(spec.list("quantityWords"));
        this.approximationWords = Words.caseInsensitive(spec.list("approximationWords"));
        this.serviceWords = Words.caseInsensitive(spec.list("serviceWords"));
        this.units = Words.caseInsensitive(spec.shared(SharedData.class).list("units"));
        this.labels = Words.caseInsensitive(spec.list("labels"));
        this.yearDeterminers = Words.caseInsensitive(spec.list("yearDeterminers"));
        String eras = spec.list("eraMarkers").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.eraAfter = Pattern.compile("\\s+(?:" + eras + ")(?![\\p{L}\\d])");
        this.eraBefore = Pattern.compile("(?<![\\p{L}\\d])(?:" + eras + ")\\s+$");
        this.firstYear = spec.integer("firstYear");
        this.lastYear = spec.integer("lastYear");
    }

    @Override
    protected boolean checksAllParagraphs() {
        return true;
    }

    @Override
    protected void checkSentence(Sentence sentence, Paragraph paragraph, Document document, RuleContext context) {
        List<Token> tokens = sentence.tokens();
        String text = document.text();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!DIGITS.matcher(t.text()).matches() || t.text().startsWith("0") || gluedToSomething(text, t)) {
                continue;
            }
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (previous != null && labels.contains(previous.text())) {
                continue; // "No. 2035", "Room 1203", "page 1024"
            }
            if (i > 1 && previous.text().equals(":") && isAbbreviation(tokens.get(i - 2))) {
                continue; // "HKEX: 9988", "SSE: 601318": a ticker after its exchange
            }
            if (namesAService(tokens, i)) {
                continue; // "the 12345 hotline", "12306, the national railway booking platform"
            }
            if (i > 1 && isNameWord(previous) && !countsSomething(tokens, i)) {
                continue; // "Resolution 2231", "the Nokia 3310": a name's number, not a quantity
            }
            if (digitGroupBeside(text, previous, t) || digitGroupBeside(text, t, next)
                    || EXCHANGE_SUFFIX.matcher(text).region(t.span().end(), text.length()).lookingAt()) {
                continue; // "2833 8181", "603716. SH"
            }
            int decimalEnd = decimalEnd(text, t.span().end());
            if (decimalEnd > 0) {
                // a decimal is no year: "9112.79 points"
                context.flag(new Span(t.span().start(), decimalEnd))
                        .suggest(group(t.text()) + text.substring(t.span().end(), decimalEnd)).report();
                continue;
            }
            long value = Long.parseLong(t.text().length() > 15 ? t.text().substring(0, 15) : t.text());
            boolean yearLike = t.text().length() == 4 && value >= firstYear && value <= lastYear;
            if (yearLike && (!isQuantity(previous, next, value) || previous != null && yearDeterminers.contains(previous.text()))) {
                continue;
            }
            if (t.text().length() == 4 && namesAnEra(text, t)) {
                continue; // "around 1100 BC", "AD 1100": a year, though a round number after an approximation
            }
            context.flag(t.span()).suggest(group(t.text())).report();
        }
    }

    private boolean namesAnEra(String text, Token t) {
        return eraAfter.matcher(text).region(t.span().end(), text.length()).lookingAt()
                || eraBefore.matcher(text).region(Math.max(0, t.span().start() - 8), t.span().start()).find();
    }

    private boolean isQuantity(Token previous, Token next, long value) {
        // "shows" may be a verb and "onwards" an adverb: a plural noun only if it can be nothing else of those
        boolean beforeUnit = next != null && (units.contains(next.text())
                || next.hasPos("NNS") && !next.hasPos("VBZ") && !next.hasPos("RB") && Words.isLowercaseWord(next));
        boolean afterQuantityWord = previous != null && quantityWords.contains(previous.text());
        // approximate counts are round ("about 1500"); a year after "around" is any year ("launched around 2026")
        boolean roundAfterApproximation = previous != null && approximationWords.contains(previous.text())
                && value % ROUND == 0;
        return beforeUnit || afterQuantityWord || roundAfterApproximation;
    }

    /** A number followed by what it dials or opens, at once or in an apposition: a service's number, not a quantity. */
    private boolean namesAService(List<Token> tokens, int number) {
        int end = Math.min(tokens.size(), number + SERVICE_REACH + 1);
        int from = number + 1;
        if (from < end && tokens.get(from).text().equals(",")) {
            from++; // "12306, the national railway booking platform"
        } else {
            end = Math.min(end, number + 3); // "the 12345 hotline", "the 12315 consumer hotline"
        }
        for (int j = from; j < end; j++) {
            String word = tokens.get(j).text();
            if (serviceWords.contains(word)) {
                return true;
            }
            if (!Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A capitalised word in lower case after its first letter, as names are written ("Nokia"; not "RMB"). */
    private static boolean isNameWord(Token t) {
        String text = t.text();
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && text.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** A word in capitals, as exchanges are named ("HKEX", "NYSE"; not "Update"). */
    private static boolean isAbbreviation(Token t) {
        String text = t.text();
        return text.length() > 1 && text.chars().allMatch(Character::isUpperCase);
    }

    /** A unit or plural noun follows the number, perhaps after one modifier ("12000 people", "12000 new cases"). */
    private boolean countsSomething(List<Token> tokens, int number) {
        for (int j = number + 1; j <= number + 2 && j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (units.contains(t.text()) || t.hasPos("NNS") && !speltAlikeInTheSingular(t) && Words.isLowercaseWord(t)) {
                return true;
            }
            if (!t.hasPosPrefix("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** "series", "species": a noun that may be singular counts nothing after a name ("the Super 1000 series"). */
    private static boolean speltAlikeInTheSingular(Token t) {
        return t.text().endsWith("s") && t.hasPos("NN") && t.lemmas().contains(t.text());
    }

    private static boolean digitGroupBeside(String text, Token left, Token right) {
        return left != null && right != null && left.text().chars().allMatch(Character::isDigit)
                && right.text().chars().allMatch(Character::isDigit) && left.text().length() >= 3 && right.text().length() >= 3
                && right.span().start() == left.span().end() + 1 && text.charAt(left.span().end()) == ' ';
    }

    /** Part of a code, phone number, decimal, range of digits or identifier rather than a number on its own. */
    private static boolean gluedToSomething(String text, Token t) {
        int before = t.span().start() - 1;
        int after = t.span().end();
        char b = before >= 0 ? text.charAt(before) : ' ';
        char a = after < text.length() ? text.charAt(after) : ' ';
        boolean letterOrMark = Character.isLetter(b) || Character.isLetter(a) || b == '-' || b == '+' || b == '/'
                || b == '#' || b == '.' || b == ',' || b == ':' || a == '/' || a == ':' || a == '-' && after + 1 < text.length()
                && Character.isDigit(text.charAt(after + 1));
        boolean grouped = a == ',' && after + 1 < text.length() && Character.isDigit(text.charAt(after + 1));
        // digits after a point that make no decimal: a date or a version ("2020.12.31")
        boolean dottedCode = a == '.' && after + 1 < text.length() && Character.isDigit(text.charAt(after + 1))
                && decimalEnd(text, after) < 0;
        return letterOrMark || grouped || dottedCode;
    }

    /**
     * Where the decimal part after a point at {@code point} ends ("9112.79 points"), or -1 where there is no point and
     * digits after it, or the digits go on as a date or a version does ("2020.12.31", "1.2.3") or into letters.
     */
    private static int decimalEnd(String text, int point) {
        if (point >= text.length() || text.charAt(point) != '.') {
            return -1;
        }
        int end = point + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == point + 1) {
            return -1;
        }
        boolean goesOn = end < text.length() && (Character.isLetter(text.charAt(end))
                || text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
        return goesOn ? -1 : end;
    }

    static String group(String digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = sb.length() - 3; i > 0; i -= 3) {
            sb.insert(i, ',');
        }
        return sb.toString();
    }
}
