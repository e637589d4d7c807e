package io.github.mtlint.numbers;

import io.github.mtlint.model.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of an English text with their values: digits (35,000; 1.2), with scale words and suffixes
 * (35 thousand, 1.2 trillion, 35k), number words (thirty-five, Seventy-four, one hundred and twenty, a dozen),
 * percentages (30%, 30 percent, 30 per cent), ordinals (3rd, third, twenty-first), fractions (half, a third,
 * two-thirds), multiples (twice, doubled), months (September, Sept.), years (2022) and decades (1980s, '80s,
 * the eighties). A number preceded by an approximation ("about", "more than") is marked approximate. Digits glued
 * to letters (5G, A320, COVID-19) are codes, not numbers.
 */
public final class EnglishNumbers {

    /**
     * The words the finder works with, from the rule's data; all but months and weekdays are matched in any case.
     *
     * @param numbers        zero … nineteen, twenty … ninety
     * @param scales         hundred, thousand, million, billion, trillion, dozen (and abbreviations: bn)
     * @param suffixes       scale suffixes glued to digits: 35k, 2bn
     * @param ordinals       first … twentieth, thirtieth …
     * @param fractions      denominators: half 2, third 3, quarter 4 (and plurals)
     * @param multiples      twice 2, double 2, tripled 3
     * @param decades        twenties 20 … nineties 90
     * @param percentWords   "percent", "per cent", "pct"
     * @param months         month names and abbreviations with their numbers (September 9, Sept 9), each month's
     *                       full name first
     * @param approximations words before a number that make it approximate ("about", "more than")
     * @param prefixes       words joined to a number by a hyphen that leave it a number (post-90s, mid-2020)
     * @param currencies     currency codes written against an amount (USD11.16 million)
     * @param countNouns     nouns that are numbers on their own (decade 10, both 2)
     * @param unitSuffixes   capitalised units glued to a number that leave it a number (2L, 5GW); other capitals
     *                       make a code (5G, 3D)
     * @param beforeMonth    words after which an ambiguous month name ("May") is the month, not the verb
     * @param periodLeaders  words before a count of periods ("the first three quarters", "the past two quarters"),
     *                       where a plural fraction word is the period, not a share
     */
    public record Vocabulary(Map<String, Double> numbers, Map<String, Double> scales, Map<String, Double> suffixes,
                             Map<String, Double> ordinals, Map<String, Double> fractions, Map<String, Double> multiples,
                             Map<String, Double> decades, List<String> percentWords, Map<String, Double> months,
                             List<String> approximations, List<String> prefixes, List<String> currencies,
                             Map<String, Double> countNouns, List<String> unitSuffixes, List<String> beforeMonth,
                             List<String> periodLeaders) {

        public Vocabulary {
            numbers = lowerKeys(numbers);
            scales = lowerKeys(scales);
            suffixes = lowerKeys(suffixes);
            ordinals = lowerKeys(ordinals);
            fractions = lowerKeys(fractions);
            multiples = lowerKeys(multiples);
            decades = lowerKeys(decades);
            percentWords = percentWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            months = Collections.unmodifiableMap(new LinkedHashMap<>(months)); // full names first
            approximations = approximations.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            prefixes = prefixes.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            currencies = List.copyOf(currencies);
            countNouns = lowerKeys(countNouns);
            unitSuffixes = List.copyOf(unitSuffixes);
            beforeMonth = beforeMonth.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            periodLeaders = periodLeaders.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        }

        private static Map<String, Double> lowerKeys(Map<String, Double> words) {
            Map<String, Double> lower = new HashMap<>();
            words.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
            return Map.copyOf(lower);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[A-Za-z]+|[^\\s\\dA-Za-z]");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern MISGROUPED = Pattern.compile("\\d+(,\\d+)+");
    private static final java.util.Set<String> SHARE_FOLLOWERS = java.util.Set.of("of", "to", "or", "and", "by", "than", "from", "since");
    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("to", "-", "–", "or", "and");
    private static final int LATEST_YEAR = 2100;
    private static final int EARLIEST_YEAR = 1000;
    private static final int HUNDRED = 100;
    private static final int LONGEST_APPROXIMATION = 3;
    private static final int LARGEST_DENOMINATOR = 10;

    private final Vocabulary words;

    public EnglishNumbers(Vocabulary words) {
        this.words = Objects.requireNonNull(words);
    }

    private record Token(String text, int start, int end) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isDigits() {
            return Character.isDigit(text.charAt(0));
        }

        boolean isLetters() {
            return Character.isLetter(text.charAt(0));
        }
    }

    /** Every number of the text, in text order. */
    public List<NumberMention> find(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = numberAt(tokens, i, found);
            i = Math.max(next, i + 1);
        }
        return withShares(text, found);
    }

    /** "won 11-9 in 41 minutes": a time, and the end of a score, are no share. */
    private static final Pattern TIME_AFTER = Pattern.compile("\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b");
    private static final Pattern SCORE_BEFORE = Pattern.compile("\\d\\s*[-–:]\\s*$");

    /** "three in five", "one in 10": a count in a larger one is a share (五分之三, 60%), not two numbers. */
    private static List<NumberMention> withShares(String text, List<NumberMention> found) {
        List<NumberMention> merged = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            NumberMention part = found.get(k);
            NumberMention whole = k + 1 < found.size() ? found.get(k + 1) : null;
            if (whole != null && part.kind() == NumberKind.CARDINAL && whole.kind() == NumberKind.CARDINAL && part.isWhole()
                    && whole.isWhole() && !whole.approximate() && part.value() > 0 && part.value() < whole.value()
                    && whole.value() <= HUNDRED && text.substring(part.span().end(), whole.span().start()).equals(" in ")
                    && !TIME_AFTER.matcher(text).region(whole.span().end(), text.length()).lookingAt()
                    && !SCORE_BEFORE.matcher(text).region(0, part.span().start()).find()) {
                merged.add(new NumberMention(new Span(part.span().start(), whole.span().end()), NumberKind.FRACTION,
                        part.value() / whole.value(), part.approximate()));
                k++;
            } else {
                merged.add(part);
            }
        }
        return merged;
    }

    /** Reads a number starting at token i, if there is one; returns the index after it. */
    private int numberAt(List<Token> tokens, int i, List<NumberMention> found) {
        Token token = tokens.get(i);
        if (token.isDigits()) {
            return digitsAt(tokens, i, found);
        }
        if (!token.isLetters()) {
            return i + 1;
        }
        String lower = token.lower();
        Double month = words.months().get(token.text());
        if (month != null && (!token.text().equals("May") || mayIsMonth(tokens, i))) {
            // the full stop of an abbreviation ("Sept."), not a sentence's after a full name ("in November.")
            boolean abbreviated = !token.text().equals(monthName(month));
            int end = abbreviated && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")
                    && adjacent(token, tokens.get(i + 1)) ? i + 2 : i + 1;
            add(found, tokens, i, end, NumberKind.MONTH, month);
            return end;
        }
        if (words.multiples().containsKey(lower)) {
            add(found, tokens, i, i + 1, NumberKind.MULTIPLE, words.multiples().get(lower));
            return i + 1;
        }
        if (words.decades().containsKey(lower)) {
            add(found, tokens, i, i + 1, NumberKind.DECADE, words.decades().get(lower));
            return i + 1;
        }
        if (words.ordinals().containsKey(lower) && !words.fractions().containsKey(lower)) {
            add(found, tokens, i, i + 1, NumberKind.ORDINAL, words.ordinals().get(lower));
            return i + 1;
        }
        if (words.countNouns().containsKey(lower)) {
            add(found, tokens, i, i + 1, NumberKind.CARDINAL, words.countNouns().get(lower));
            return i + 1;
        }
        if (lower.equals("half")) {
            add(found, tokens, i, i + 1, NumberKind.FRACTION, 0.5);
            return i + 1;
        }
        boolean article = lower.equals("a") || lower.equals("an");
        if (words.numbers().containsKey(lower) || article) {
            return numberWordsAt(tokens, i, found, article);
        }
        if (words.ordinals().containsKey(lower)) {
            add(found, tokens, i, i + 1, NumberKind.ORDINAL, words.ordinals().get(lower)); // "third" as a position
            return i + 1;
        }
        return i + 1;
    }

    private int digitsAt(List<Token> tokens, int i, List<NumberMention> found) {
        Token token = tokens.get(i);
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        if (previous != null && adjacent(previous, token) && (previous.isLetters() && !words.currencies().contains(previous.text())
                || previous.text().equals("-") && i > 1 && tokens.get(i - 2).isLetters() && adjacent(tokens.get(i - 2), previous)
                && !words.numbers().containsKey(tokens.get(i - 2).lower()) && !words.prefixes().contains(tokens.get(i - 2).lower()))) {
            return i + 1; // COVID-19, A320
        }
        double value;
        if (GROUPED.matcher(token.text()).matches() || MISGROUPED.matcher(token.text()).matches()) {
            value = Double.parseDouble(token.text().replace(",", "")); // 3,09 is a mistyped number, read as 309
        } else {
            return i + 1; // 1.2.3: a code or a version
        }
        boolean plain = token.text().matches("\\d+");
        int end = i + 1;
        if (plain && end + 1 < tokens.size() && tokens.get(end).text().equals(":") && adjacent(token, tokens.get(end))
                && tokens.get(end + 1).text().matches("\\d\\d") && adjacent(tokens.get(end), tokens.get(end + 1))) {
            add(found, tokens, i, end, NumberKind.HOUR, value); // 14:40: hour 14 and 40 minutes
            double minutes = Double.parseDouble(tokens.get(end + 1).text());
            if (minutes > 0) {
                add(found, tokens, end + 1, end + 2, NumberKind.CARDINAL, minutes);
            }
            return end + 2;
        }
        if (plain && isCommonFraction(tokens, i, value)) {
            add(found, tokens, i, end + 2, NumberKind.FRACTION, value / Double.parseDouble(tokens.get(end + 1).text()));
            return end + 2; // 2/3 of the world's pork
        }
        NumberKind kind = NumberKind.CARDINAL;
        Token next = end < tokens.size() ? tokens.get(end) : null;
        if (next != null && adjacent(token, next) && next.isLetters()) {
            String suffix = next.lower();
            if (suffix.equals("s") && plain && value % 10 == 0 && (value >= EARLIEST_YEAR || value < HUNDRED)) {
                add(found, tokens, i, end + 1, NumberKind.DECADE, value);
                return end + 1;
            }
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                boolean day = plain && isDayOfMonth(value) && (afterMonth(tokens, i, found) || beforeMonth(tokens, end + 1));
                add(found, tokens, i, end + 1, day ? NumberKind.DAY : NumberKind.ORDINAL, value); // September 14th
                return end + 1;
            }
            if (words.suffixes().containsKey(suffix)) {
                value *= words.suffixes().get(suffix);
                end++;
            } else if (!next.text().equals(suffix) && !words.unitSuffixes().contains(next.text())) {
                return end + 1; // 5G, 3D: a code; 5cm, 3pm: a number and its unit
            }
        }
        if (plain && end == i + 1 && andAHalfAt(tokens, end)) {
            value += 0.5; // 13 and a half years
            end += 3;
        }
        boolean scaled = false;
        while (end < tokens.size()) {
            int scaleAt = hyphenBeforeScale(tokens, end) ? end + 1 : end; // a 10-billion-yuan fund
            if (!words.scales().containsKey(tokens.get(scaleAt).lower())) {
                break;
            }
            value *= words.scales().get(tokens.get(scaleAt).lower());
            scaled = true;
            end = scaleAt + 1;
        }
        if (!scaled) {
            value *= sharedScale(tokens, end);
        }
        int percentEnd = percentAt(tokens, end);
        if (percentEnd > end) {
            kind = NumberKind.PERCENT;
            end = percentEnd;
        } else if (plain && !scaled && end == i + 1 && value >= EARLIEST_YEAR && value <= LATEST_YEAR && token.text().length() == 4) {
            kind = NumberKind.YEAR;
        } else if (plain && !scaled && end == i + 1 && isDayOfMonth(value) && (afterMonth(tokens, i, found) || beforeMonth(tokens, end))) {
            kind = NumberKind.DAY; // September 14, 14 September: a date, not a count
        }
        add(found, tokens, i, end, kind, value);
        return end;
    }

    private int numberWordsAt(List<Token> tokens, int i, List<NumberMention> found, boolean article) {
        double total = 0;
        double current = 0;
        boolean any = false;
        int k = i;
        if (article) {
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next == null) {
                return i + 1;
            }
            String lower = next.lower();
            // "a third of", "a fifth to a quarter", "a third.", "by a third by 2030" are shares; "a third post" is a position
            boolean share = i + 2 >= tokens.size() || !tokens.get(i + 2).isLetters()
                    || SHARE_FOLLOWERS.contains(tokens.get(i + 2).lower());
            if (words.fractions().containsKey(lower) && !lower.endsWith("s") && (share || !words.ordinals().containsKey(lower))) {
                add(found, tokens, i, i + 2, NumberKind.FRACTION, 1 / words.fractions().get(lower)); // a third of
                return i + 2;
            }
            if (words.ordinals().containsKey(lower)) {
                add(found, tokens, i + 1, i + 2, NumberKind.ORDINAL, words.ordinals().get(lower)); // a third post
                return i + 2;
            }
            if (!words.scales().containsKey(lower)) {
                return i + 1;
            }
            current = 1; // a dozen, a million
            any = true;
            k = i + 1;
        }
        int end = k;
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            String lower = token.lower();
            if (words.numbers().containsKey(lower)) {
                current += words.numbers().get(lower);
                any = true;
                end = ++k;
            } else if (words.scales().containsKey(lower) && any) {
                double scale = words.scales().get(lower);
                if (scale < 1000) {
                    current = Math.max(current, 1) * scale;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
                end = ++k;
            } else if (lower.equals("-") && any && k + 1 < tokens.size() && adjacent(tokens.get(k - 1), token)
                    && adjacent(token, tokens.get(k + 1))) {
                String following = tokens.get(k + 1).lower();
                if (words.ordinals().containsKey(following) && !words.fractions().containsKey(following)) {
                    add(found, tokens, i, k + 2, NumberKind.ORDINAL, total + current + words.ordinals().get(following));
                    return k + 2; // twenty-first
                }
                if (words.fractions().containsKey(following)) {
                    add(found, tokens, i, k + 2, NumberKind.FRACTION, (total + current) / words.fractions().get(following));
                    return k + 2; // two-thirds
                }
                if (!words.numbers().containsKey(following) && !words.scales().containsKey(following)) {
                    break; // five-billion-yuan goes on to its scale
                }
                k++;
            } else if (lower.equals("and") && any && k + 1 < tokens.size()) {
                String following = tokens.get(k + 1).lower();
                if (andAHalfAt(tokens, k)) {
                    current += 0.5; // one and a half
                    end = k + 3;
                    break;
                }
                if (!words.numbers().containsKey(following) || total + current < HUNDRED) {
                    break;
                }
                k++;
            } else if (words.fractions().containsKey(lower) && any && total == 0 && current < 10
                    && !countsPeriods(tokens, i, k)) {
                add(found, tokens, i, k + 1, NumberKind.FRACTION, current / words.fractions().get(lower));
                return k + 1; // two thirds
            } else {
                break;
            }
        }
        if (!any) {
            return i + 1;
        }
        double value = total + current;
        int percentEnd = percentAt(tokens, end);
        add(found, tokens, i, Math.max(end, percentEnd), percentEnd > end ? NumberKind.PERCENT : NumberKind.CARDINAL, value);
        return Math.max(end, percentEnd);
    }

    /** Whether "and a half" (or "and one half") starts at the token. */
    private static boolean andAHalfAt(List<Token> tokens, int at) {
        return at + 2 < tokens.size() && tokens.get(at).lower().equals("and")
                && (tokens.get(at + 1).lower().equals("a") || tokens.get(at + 1).lower().equals("one"))
                && tokens.get(at + 2).lower().equals("half");
    }

    /**
     * Whether the plural fraction word at k counts periods of the number read from i: "the first three quarters" are
     * three quarters of a year, not three fourths.
     */
    private boolean countsPeriods(List<Token> tokens, int i, int k) {
        String word = tokens.get(k).lower();
        boolean plural = word.endsWith("s") && words.fractions().containsKey(word.substring(0, word.length() - 1));
        return plural && i > 0 && words.periodLeaders().contains(tokens.get(i - 1).lower());
    }

    /** Whether the token at is a hyphen joining the number before it to a scale word ("10-billion"). */
    /**
     * A share written with a slash (2/3, 1/4): a numerator below a denominator of at most {@link #LARGEST_DENOMINATOR}.
     * 24/7 and 9/11 are no shares, and stay numbers of their own.
     */
    private static boolean isCommonFraction(List<Token> tokens, int i, double numerator) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        Token slash = tokens.get(i + 1);
        Token denominator = tokens.get(i + 2);
        if (!slash.text().equals("/") || !adjacent(tokens.get(i), slash) || !adjacent(slash, denominator)
                || !denominator.text().matches("\\d{1,2}")
                || i + 3 < tokens.size() && tokens.get(i + 3).text().equals("/") && adjacent(denominator, tokens.get(i + 3))) {
            return false; // 3/4/2020: a date
        }
        double value = Double.parseDouble(denominator.text());
        return numerator >= 1 && numerator < value && value <= LARGEST_DENOMINATOR;
    }

    private boolean hyphenBeforeScale(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at).text().equals("-") && adjacent(tokens.get(at - 1), tokens.get(at))
                && adjacent(tokens.get(at), tokens.get(at + 1)) && words.scales().containsKey(tokens.get(at + 1).lower());
    }

    /** The scale a range's upper end gives both ends: "60 to 85 billion" is 60 billion to 85 billion. */
    private double sharedScale(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !RANGE_WORDS.contains(tokens.get(at).lower()) || !tokens.get(at + 1).isDigits()) {
            return 1;
        }
        Double scale = words.scales().get(tokens.get(at + 2).lower());
        return scale == null || scale < 1000 ? 1 : scale;
    }

    /** The index after "%", "percent" or "per cent" at {@code at}, or {@code at} when there is none. */
    private int percentAt(List<Token> tokens, int at) {
        if (at < tokens.size() && tokens.get(at).text().equals("%")) {
            return at + 1;
        }
        for (String percent : words.percentWords()) {
            String[] parts = percent.split(" ");
            boolean match = at + parts.length <= tokens.size();
            for (int p = 0; match && p < parts.length; p++) {
                match = tokens.get(at + p).lower().equals(parts[p]);
            }
            if (match) {
                return at + parts.length;
            }
        }
        return at;
    }

    private static boolean isDayOfMonth(double value) {
        return value >= 1 && value <= 31 && value == Math.rint(value);
    }

    /** Whether the number at token i follows the month just read ("September 14", "Sept. 14"). */
    private static boolean afterMonth(List<Token> tokens, int i, List<NumberMention> found) {
        if (i == 0 || found.isEmpty()) {
            return false;
        }
        NumberMention last = found.get(found.size() - 1);
        return last.kind() == NumberKind.MONTH && last.span().end() == tokens.get(i - 1).end();
    }

    /** Whether a month's name stands at token i, after a day ("14 September"). */
    private boolean beforeMonth(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String text = tokens.get(i).text();
        return words.months().containsKey(text) && (!text.equals("May") || mayIsMonth(tokens, i));
    }

    private boolean mayIsMonth(List<Token> tokens, int i) {
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        return next != null && next.isDigits() || previous != null && (previous.isDigits() || words.beforeMonth().contains(previous.lower()));
    }

    private void add(List<NumberMention> found, List<Token> tokens, int from, int to, NumberKind kind, double value) {
        int start = tokens.get(from).start();
        if (from > 0 && tokens.get(from - 1).text().matches("['’‘]") && adjacent(tokens.get(from - 1), tokens.get(from))
                && kind == NumberKind.DECADE) {
            start = tokens.get(from - 1).start(); // '80s
        }
        found.add(new NumberMention(new Span(start, tokens.get(to - 1).end()), kind, value, approximate(tokens, from)));
    }

    private boolean approximate(List<Token> tokens, int from) {
        StringBuilder before = new StringBuilder();
        for (int k = from - 1; k >= 0 && k >= from - LONGEST_APPROXIMATION; k--) {
            before.insert(0, before.length() == 0 ? tokens.get(k).lower() : tokens.get(k).lower() + " ");
            if (words.approximations().contains(before.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacent(Token a, Token b) {
        return a.end() == b.start();
    }

    /** How English news writes the value: 35,000; 1.2 trillion; 30%; 3rd; September; the 1980s. */
    public String render(NumberMention mention) {
        double value = mention.value();
        return switch (mention.kind()) {
            case PERCENT -> plain(value) + "%";
            case ORDINAL -> plain(value) + ordinalSuffix((long) value);
            case MONTH -> monthName(value);
            case DECADE -> (value < HUNDRED ? plain(1900 + value) : plain(value)) + "s";
            case MULTIPLE -> plain(value) + " times";
            case YEAR, DAY, HOUR -> plain(value);
            case FRACTION -> fraction(value);
            case CARDINAL -> cardinal(value);
        };
    }

    /** 1/3 for a third; a share that is no unit fraction as a percentage, to a tenth (2/3: 66.7%). */
    private static String fraction(double value) {
        double denominator = 1 / value;
        if (value > 0 && Math.abs(denominator - Math.rint(denominator)) < 1e-9) {
            return "1/" + (long) Math.rint(denominator);
        }
        return plain(Math.round(value * 1000) / 10.0) + "%";
    }

    /** The month's full name, which comes first among its forms ("May" for 5, not "5"). */
    private String monthName(double value) {
        return words.months().entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst()
                .orElse(plain(value));
    }

    private String cardinal(double value) {
        String[] names = {"trillion", "billion", "million"};
        double[] scales = {1e12, 1e9, 1e6};
        for (int s = 0; s < scales.length; s++) {
            if (Math.abs(value) >= scales[s]) {
                return plain(value / scales[s]) + " " + names[s];
            }
        }
        return grouped(value);
    }

    private static String grouped(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        String digits = decimal.toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder sb = new StringBuilder(whole);
        if (whole.length() > 3) {
            for (int k = whole.length() - 3; k > 0; k -= 3) {
                sb.insert(k, ',');
            }
        }
        return sb + (point < 0 ? "" : digits.substring(point));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String ordinalSuffix(long n) {
        long lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
