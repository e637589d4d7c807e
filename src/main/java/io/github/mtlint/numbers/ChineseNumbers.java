package io.github.mtlint.numbers;

import io.github.mtlint.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the numbers of a Chinese text with their values: Arabic and full-width digits (35,000; 3.5万; 1.2万亿;
 * ３．５％), Chinese numerals (三万五千, 两千五, 二〇二二, 三点五), percentages (百分之五, 17.5%), tenths (三成 = 30%),
 * fractions (三分之一), multiples (2倍), ordinals (第三), dates (2022年9月14日, 14日), decades (80年代, 20世纪80年代),
 * centuries (21世纪), hours (15时), ranges (三四个: 3 and 4) and approximations (约, 近, 多, 余, 左右: marked approximate).
 *
 * <p>A numeral written in Chinese characters counts only where it counts something: before a measure word
 * (三人, 两名, 五项), as a date, percentage, multiple or ordinal, or with a scale (三百, 两千). So 四川, 九龙, 百度 and
 * 一带一路 hold no numbers. A lone 一 before a measure word is the English article (一名男子 "a man") and is left out.
 * Vague amounts (数十, 几百, 十几, 上千) and digits glued to Latin letters (5G, A320) are left out too.
 */
public final class ChineseNumbers {

    /**
     * The words the finder works with, from the rule's data.
     *
     * @param digits            〇零一二两三… with their values
     * @param units             十百千万亿 with their values
     * @param counters          measure words and units that show a numeral counts something (个, 名, 人, 元, 公里…)
     * @param unitWords         words that begin with a unit character but are not a scale (千米, 千克)
     * @param approximateBefore markers before a number that make it approximate (约, 近, 逾, 超过)
     * @param approximateAfter  markers after a number or its measure word (多, 余, 左右)
     * @param vagueBefore       markers before a numeral that make it no definite number (数十, 几百, 上千)
     * @param vagueAfter        markers after a numeral that make it no definite number (十几)
     * @param setPhrases        words that contain numerals but no number (十分, 万一, 一带一路, 十四五)
     * @param notTenths         words beginning with 成 after a numeral that are not tenths (成员, 成为)
     * @param exchangeMarkers   words of an exchange rate after "1 dollar" (兑, 兑换): English drops the 1
     * @param weekdayMarkers    words before a numeral that name a weekday (周二, 星期四): no number
     * @param periodCounters    counters after 周 and a numeral that make it a count per week (每周三次), not a weekday
     */
    public record Vocabulary(Map<String, Double> digits, Map<String, Double> units, List<String> counters,
                             List<String> unitWords, List<String> approximateBefore, List<String> approximateAfter,
                             List<String> vagueBefore, List<String> vagueAfter, List<String> setPhrases,
                             List<String> notTenths, List<String> exchangeMarkers, List<String> weekdayMarkers,
                             List<String> periodCounters) {

        public Vocabulary {
            digits = Map.copyOf(digits);
            units = Map.copyOf(units);
            counters = longestFirst(counters);
            unitWords = List.copyOf(unitWords);
            approximateBefore = longestFirst(approximateBefore);
            approximateAfter = longestFirst(approximateAfter);
            vagueBefore = List.copyOf(vagueBefore);
            vagueAfter = List.copyOf(vagueAfter);
            setPhrases = List.copyOf(setPhrases);
            notTenths = List.copyOf(notTenths);
            exchangeMarkers = List.copyOf(exchangeMarkers);
            weekdayMarkers = List.copyOf(weekdayMarkers);
            periodCounters = List.copyOf(periodCounters);
        }

        private static List<String> longestFirst(List<String> words) {
            return words.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
        }
    }

    private static final double TEN_THOUSAND = 1e4;
    private static final String RANGE_MARKS = "至到-~—";
    private static final double HUNDRED_MILLION = 1e8;
    private static final int EXCHANGE_WINDOW = 6;
    private static final int LATEST_YEAR = 2100;
    private static final int EARLIEST_YEAR = 1000;

    private final Vocabulary words;
    private final Map<Character, Integer> digits = new HashMap<>();
    private final Map<Character, Double> units = new HashMap<>();

    public ChineseNumbers(Vocabulary words) {
        this.words = Objects.requireNonNull(words);
        words.digits().forEach((k, v) -> digits.put(single(k), v.intValue()));
        words.units().forEach((k, v) -> units.put(single(k), v));
    }

    private static char single(String word) {
        if (word.length() != 1) {
            throw new IllegalArgumentException("a Chinese digit or unit is one character: '" + word + "'");
        }
        return word.charAt(0);
    }

    /** Every number of the text, in text order. */
    public List<NumberMention> find(String text) {
        String t = foldWidth(text);
        boolean[] inSetPhrase = markSetPhrases(t);
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            Numeral numeral = numeralAt(t, i);
            if (numeral == null) {
                i++;
                continue;
            }
            i = Math.max(i + 1, classify(t, numeral, inSetPhrase, found));
        }
        return found;
    }

    /** A numeral as written, before its context says what it counts. */
    private record Numeral(int start, int end, double value, double rangeEnd, boolean arabic, int positionalDigits,
                           boolean scaled, boolean unitOnly, boolean approximate, boolean code) {

        boolean isRange() {
            return !Double.isNaN(rangeEnd);
        }
    }

    private Numeral numeralAt(String t, int i) {
        char c = t.charAt(i);
        if (isAsciiDigit(c)) {
            return arabicAt(t, i);
        }
        if (digits.containsKey(c) || units.containsKey(c)) {
            return charactersAt(t, i);
        }
        return null;
    }

    private Numeral arabicAt(String t, int i) {
        int j = i;
        while (j < t.length() && (isAsciiDigit(t.charAt(j))
                || (t.charAt(j) == '.' || t.charAt(j) == ',') && j + 1 < t.length() && isAsciiDigit(t.charAt(j + 1)) && j > i)) {
            j++;
        }
        String written = t.substring(i, j);
        boolean glued = i > 0 && (isLatinLetter(t.charAt(i - 1)) || t.charAt(i - 1) == '-' && i > 1 && isLatinLetter(t.charAt(i - 2)))
                || j < t.length() && isLatinLetter(t.charAt(j));
        if (glued) {
            int end = j;
            while (end < t.length() && (isLatinLetter(t.charAt(end)) || isAsciiDigit(t.charAt(end)) || t.charAt(end) == '-')) {
                end++;
            }
            return new Numeral(i, end, 0, Double.NaN, true, 0, false, false, false, true);
        }
        double value = parseArabic(written);
        if (Double.isNaN(value)) {
            return new Numeral(i, j, 0, Double.NaN, true, 0, false, false, false, true);
        }
        int positional = written.matches("\\d+") ? written.length() : 0;
        boolean approximate = false;
        int k = j;
        if (k + 1 < t.length() && words.approximateAfter().contains(String.valueOf(t.charAt(k)))
                && units.containsKey(t.charAt(k + 1))) {
            approximate = true; // 30多万, 20余亿
            k++;
        }
        boolean scaled = false;
        while (k < t.length() && units.containsKey(t.charAt(k)) && startsWithAny(t, k, words.unitWords()) == null) {
            value *= units.get(t.charAt(k));
            scaled = true;
            k++;
        }
        if (!scaled) {
            k = j;
            approximate = false;
        } else {
            double lastUnit = units.get(t.charAt(k - 1));
            int d = k;
            while (d < t.length() && isAsciiDigit(t.charAt(d))) {
                d++;
            }
            if (d > k && d < t.length() && units.containsKey(t.charAt(d)) && units.get(t.charAt(d)) < lastUnit
                    && startsWithAny(t, d, words.unitWords()) == null) {
                value += Double.parseDouble(t.substring(k, d)) * units.get(t.charAt(d)); // 7万8千
                k = d + 1;
            } else if (d > k && lastUnit >= TEN_THOUSAND && Math.pow(10, d - k) <= lastUnit
                    && (d == t.length() || t.charAt(d) != '.' && !units.containsKey(t.charAt(d)))) {
                value += Double.parseDouble(t.substring(k, d)); // 11万7015
                k = d;
            }
        }
        return new Numeral(i, k, value, Double.NaN, true, scaled ? 0 : positional, scaled, false, approximate, false);
    }

    private static double parseArabic(String written) {
        if (written.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") || written.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(written.replace(",", ""));
        }
        return Double.NaN; // 1,2,3 or 1.2.3: a list or a code, not one number
    }

    private Numeral charactersAt(String t, int i) {
        int j = i;
        while (j < t.length()) {
            char c = t.charAt(j);
            boolean part = digits.containsKey(c) || units.containsKey(c) && startsWithAny(t, j, words.unitWords()) == null
                    || c == '点' && j > i && j + 1 < t.length() && digits.containsKey(t.charAt(j + 1));
            if (!part) {
                break;
            }
            j++;
        }
        String run = t.substring(i, j);
        boolean noDigit = run.chars().noneMatch(c -> digits.containsKey((char) c));
        if (noDigit && run.length() > 1 && run.charAt(0) != '十') {
            return new Numeral(i, j, 0, Double.NaN, false, 0, true, false, false, true); // 亿万, 千万: "millions"
        }
        if (run.length() == 1 && units.containsKey(run.charAt(0)) && run.charAt(0) != '十') {
            return new Numeral(i, j, units.get(run.charAt(0)), Double.NaN, false, 0, true, true, false, false);
        }
        return parseCharacters(run, i, j);
    }

    private Numeral parseCharacters(String run, int start, int end) {
        boolean hasUnit = run.chars().anyMatch(c -> units.containsKey((char) c));
        int point = run.indexOf('点');
        if (point >= 0) {
            Numeral whole = parseCharacters(run.substring(0, point), start, start + point);
            int k = point + 1;
            StringBuilder decimals = new StringBuilder();
            while (k < run.length() && digits.containsKey(run.charAt(k))) {
                decimals.append(digits.get(run.charAt(k)));
                k++;
            }
            double value = (whole == null || whole.code() ? 0 : whole.value()) + Double.parseDouble("0." + decimals);
            for (; k < run.length(); k++) {
                value *= units.get(run.charAt(k)) == null ? 1 : units.get(run.charAt(k));
            }
            return new Numeral(start, end, value, Double.NaN, false, 0, hasUnit, false, false, false);
        }
        if (run.isEmpty()) {
            return null;
        }
        if (!hasUnit) {
            if (run.length() == 2 && digits.get(run.charAt(1)) == digits.get(run.charAt(0)) + 1 && digits.get(run.charAt(0)) > 0) {
                int low = digits.get(run.charAt(0));
                return new Numeral(start, end, low, low + 1, false, 0, false, false, true, false); // 三四个: three or four
            }
            boolean zero = run.chars().anyMatch(c -> digits.get((char) c) == 0);
            if (run.length() == 2 && !zero) {
                return new Numeral(start, end, 0, Double.NaN, false, 0, false, false, false, true); // 三一集团, 一一
            }
            StringBuilder positional = new StringBuilder();
            for (char c : run.toCharArray()) {
                positional.append(digits.get(c));
            }
            return new Numeral(start, end, Double.parseDouble(positional.toString()), Double.NaN, false, run.length(),
                    false, false, false, false);
        }
        double total = 0;
        double section = 0;
        int number = -1;
        double lastUnit = 0;
        boolean previousWasDigit = false;
        boolean previousWasUnit = false;
        boolean tailAfterUnit = false;
        for (char c : run.toCharArray()) {
            Integer digit = digits.get(c);
            if (digit != null) {
                if (previousWasDigit && number > 0 && digit == number + 1 && run.indexOf(c) == 1) {
                    return rangeWithUnits(run, start, end); // 五六百: five or six hundred
                }
                if (previousWasDigit && number != 0 && digit != 0) {
                    return new Numeral(start, end, 0, Double.NaN, false, 0, true, false, false, true); // 十四五: a name
                }
                tailAfterUnit = previousWasUnit && digit != 0;
                number = digit;
                previousWasDigit = true;
                previousWasUnit = false;
                continue;
            }
            double unit = units.get(c);
            if (unit < TEN_THOUSAND) {
                section += (number < 0 ? 1 : number) * unit;
            } else if (unit < HUNDRED_MILLION) {
                double sum = section + Math.max(number, 0);
                section = (sum == 0 ? 1 : sum) * unit;
            } else {
                double sum = total + section + Math.max(number, 0);
                total = (sum == 0 ? 1 : sum) * unit;
                section = 0;
            }
            number = -1;
            lastUnit = unit;
            previousWasDigit = false;
            previousWasUnit = true;
        }
        double tail = Math.max(number, 0);
        if (tailAfterUnit && previousWasDigit && lastUnit >= 100) {
            tail = number * lastUnit / 10; // 三万五 is 35,000, 两千五 2,500
        }
        return new Numeral(start, end, total + section + tail, Double.NaN, false, 0, true, false, false, false);
    }

    private Numeral rangeWithUnits(String run, int start, int end) {
        Numeral high = parseCharacters(run.substring(1), start, end);
        if (high == null || high.code() || high.isRange()) {
            return new Numeral(start, end, 0, Double.NaN, false, 0, true, false, false, true);
        }
        double scale = high.value() / digits.get(run.charAt(1));
        return new Numeral(start, end, digits.get(run.charAt(0)) * scale, high.value(), false, 0, true, false, true, false);
    }

    /** Decides what the numeral counts; adds its mentions; returns where scanning goes on. */
    private int classify(String t, Numeral numeral, boolean[] inSetPhrase, List<NumberMention> found) {
        if (numeral.code()) {
            return numeral.end();
        }
        int start = numeral.start();
        int end = numeral.end();
        double value = numeral.value();
        NumberKind kind = null;
        if (t.startsWith("分之", end)) {
            Numeral part = end + 2 < t.length() ? numeralAt(t, end + 2) : null;
            if (part == null || part.code() || part.isRange() || part.unitOnly()) {
                return end + 2;
            }
            kind = value == 100 ? NumberKind.PERCENT : NumberKind.FRACTION;
            value = value == 100 ? part.value() : part.value() / value;
            end = part.end();
        } else if (numeral.unitOnly()) {
            return end;
        }
        if (inSetPhrase(inSetPhrase, start, end)) {
            return end;
        }
        boolean characters = !numeral.arabic();
        if (characters && (startsWithAny(t, end, words.vagueAfter()) != null || endsWithAny(t, start, words.vagueBefore()))) {
            return end;
        }
        if (characters && namesAWeekday(t, numeral)) {
            return end;
        }
        boolean ordinal = start > 0 && t.charAt(start - 1) == '第';
        int next = end;
        value *= sharedScale(t, numeral);
        if (numeral.arabic() && start > 0 && t.charAt(start - 1) == ':' && start > 1 && isAsciiDigit(t.charAt(start - 2))) {
            if (value > 0) {
                found.add(new NumberMention(new Span(start, end), NumberKind.CARDINAL, value, false)); // the 30 of 12:30
            }
            return end;
        }
        if (kind == null) {
            char after = next < t.length() ? t.charAt(next) : ' ';
            if (after == '%') {
                kind = NumberKind.PERCENT;
                end++;
            } else if (after == '成' && value <= 10 && startsWithAny(t, next, words.notTenths()) == null) {
                kind = NumberKind.PERCENT;
                value *= 10;
                end++;
            } else if (after == '倍') {
                kind = NumberKind.MULTIPLE;
                end++;
            } else if (t.startsWith("世纪", next)) {
                Numeral decade = next + 2 < t.length() ? numeralAt(t, next + 2) : null;
                if (decade != null && t.startsWith("年代", decade.end())) {
                    return next + 2; // 20世纪80年代 is the 1980s: the decade says it all
                }
                kind = NumberKind.ORDINAL; // 20世纪, the 20th century
                end += 2;
            } else if (ordinal) {
                kind = NumberKind.ORDINAL;
            } else if (t.startsWith("年代", next) || after == '后' && numeral.positionalDigits() == 2 && value % 10 == 0) {
                kind = NumberKind.DECADE; // 80年代; 80后, the generation born in the 1980s
                end += after == '后' ? 1 : 2;
            } else if (after == '年' && numeral.positionalDigits() == 4 && value >= EARLIEST_YEAR && value <= LATEST_YEAR) {
                kind = NumberKind.YEAR;
                end++;
            } else if (after == '月' && whole(value) && value >= 1 && value <= 12) {
                kind = NumberKind.MONTH;
                end++;
            } else if ((after == '日' && !t.startsWith("日元", next) || after == '号') && whole(value) && value >= 1 && value <= 31) {
                kind = NumberKind.DAY;
                end++;
            } else if (unitAfterRange(t, next) == '月' && whole(value) && value >= 1 && value <= 12) {
                kind = NumberKind.MONTH; // the 1 of 1至5月, "January to May"
            } else if (unitAfterRange(t, next) == '日' && whole(value) && value >= 1 && value <= 31) {
                kind = NumberKind.DAY; // the 7 of 5月7至9日
            } else if ((after == '时' || after == '点' && numeral.arabic()
                    || after == ':' && numeral.arabic() && next + 1 < t.length() && isAsciiDigit(t.charAt(next + 1)))
                    && whole(value) && value <= 24) {
                kind = NumberKind.HOUR;
                end += after == ':' ? 0 : 1;
            } else {
                kind = NumberKind.CARDINAL;
            }
        }
        if (ordinal) {
            start--;
        }
        if (characters && kind == NumberKind.CARDINAL && !countsSomething(t, next, numeral)) {
            return end;
        }
        if (characters && value <= 1 && !numeral.scaled() && (kind == NumberKind.CARDINAL || kind == NumberKind.DAY || kind == NumberKind.HOUR)) {
            return end; // 一名男子 is "a man", 前一日 "the day before", 零部件 "parts"
        }
        if (value == 1 && kind == NumberKind.CARDINAL && exchangeRateFollows(t, end)) {
            return end; // 1美元兑7.0元: "7.0 yuan to the dollar"
        }
        boolean approximate = numeral.approximate() || endsWithAny(t, numeral.start(), words.approximateBefore())
                || approximateAfter(t, end);
        Span span = new Span(start, end);
        found.add(new NumberMention(span, kind, value, approximate));
        if (numeral.isRange()) {
            found.add(new NumberMention(span, kind, kind == NumberKind.PERCENT ? numeral.rangeEnd() * 10 : numeral.rangeEnd(), true));
        }
        return end;
    }

    /** The character after the upper end of a range that starts at {@code next} (月 in 1至5月), or a space. */
    private char unitAfterRange(String t, int next) {
        if (next + 1 >= t.length() || RANGE_MARKS.indexOf(t.charAt(next)) < 0) {
            return ' ';
        }
        int k = next + 1;
        while (k < t.length() && (isAsciiDigit(t.charAt(k)) || digits.containsKey(t.charAt(k)) || units.containsKey(t.charAt(k)))) {
            k++;
        }
        return k > next + 1 && k < t.length() ? t.charAt(k) : ' ';
    }

    /** The scale a range's upper end gives both ends: 600至850亿 is 60 to 85 billion. */
    private double sharedScale(String t, Numeral numeral) {
        int next = numeral.end();
        if (!numeral.arabic() || numeral.scaled() || next + 1 >= t.length() || RANGE_MARKS.indexOf(t.charAt(next)) < 0
                || !isAsciiDigit(t.charAt(next + 1))) {
            return 1;
        }
        Numeral high = arabicAt(t, next + 1);
        if (high.code() || !high.scaled()) {
            return 1;
        }
        double scale = 1;
        for (int k = high.start(); k < high.end(); k++) {
            Double unit = units.get(t.charAt(k));
            scale *= unit == null ? 1 : unit;
        }
        return scale;
    }

    /** 周二 is Tuesday, also before 人民币 or 票房 (whose first characters count people and votes); 每周三次 counts. */
    private boolean namesAWeekday(String t, Numeral numeral) {
        return numeral.end() - numeral.start() == 1 && numeral.value() >= 1 && numeral.value() <= 6
                && endsWithAny(t, numeral.start(), words.weekdayMarkers())
                && startsWithAny(t, numeral.end(), words.periodCounters()) == null;
    }

    private boolean countsSomething(String t, int next, Numeral numeral) {
        boolean bigScale = numeral.scaled() && numeral.end() - numeral.start() >= 2;
        return bigScale || startsWithAny(t, next, words.counters()) != null
                || next < t.length() && startsWithAny(t, next, words.approximateAfter()) != null
                && startsWithAny(t, next + 1, words.counters()) != null;
    }

    private boolean approximateAfter(String t, int end) {
        if (startsWithAny(t, end, words.approximateAfter()) != null) {
            return true;
        }
        String counter = startsWithAny(t, end, words.counters());
        return counter != null && startsWithAny(t, end + counter.length(), words.approximateAfter()) != null;
    }

    private boolean exchangeRateFollows(String t, int end) {
        String window = t.substring(end, Math.min(t.length(), end + EXCHANGE_WINDOW));
        return words.exchangeMarkers().stream().anyMatch(window::contains);
    }

    private boolean[] markSetPhrases(String t) {
        boolean[] marked = new boolean[t.length()];
        for (String phrase : words.setPhrases()) {
            for (int at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
                for (int k = at; k < at + phrase.length(); k++) {
                    marked[k] = true;
                }
            }
        }
        return marked;
    }

    private static boolean inSetPhrase(boolean[] marked, int start, int end) {
        for (int k = start; k < end; k++) {
            if (marked[k]) {
                return true;
            }
        }
        return false;
    }

    private static String startsWithAny(String t, int at, List<String> candidates) {
        for (String candidate : candidates) {
            if (t.startsWith(candidate, at)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean endsWithAny(String t, int at, List<String> candidates) {
        for (String candidate : candidates) {
            int from = at - candidate.length();
            if (from >= 0 && t.startsWith(candidate, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean whole(double value) {
        return value == Math.rint(value);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Full-width digits, signs and letters as ASCII, one character for one, so that offsets stay the same. */
    static String foldWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString();
    }
}
