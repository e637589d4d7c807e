package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.SourceName;
import io.github.mtlint.model.Span;
import io.github.mtlint.numbers.ChineseNumbers;
import io.github.mtlint.numbers.EnglishNumbers;
import io.github.mtlint.numbers.NumberKind;
import io.github.mtlint.numbers.NumberMention;
import io.github.mtlint.numbers.ValuedWords;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.builtin.Words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A number of the Chinese source that its aligned English segment leaves out or gives with another value. Values
 * are compared, not digits: 3.5万 is 35,000 or "35 thousand", 三成 30%, 第2 "second", 80年代 "the 1980s".
 */
public final class NumberRule extends BaseRule {

    /** Relative difference within which two values are the same number (rounding: 1.23亿 as "123 million"). */
    private static final double SAME = 0.005;
    /** Values from which English rounds (1,234,567 as "1.23 million"); smaller ones must be exact: 2019 is not 2018. */
    private static final double ROUNDED = 100_000;
    /** Relative difference allowed where either side says the number is approximate. */
    private static final double APPROXIMATELY = 0.1;
    /** Relative difference within which another English number may render an approximate one (十余 as "a dozen"). */
    private static final double LOOSELY = 0.5;
    /** Relative difference within which a measure converted to another unit is the same (1000亩 as "67 hectares"). */
    private static final double CONVERTED = 0.02;
    private static final String CHINESE = "zh";
    /** Counts below this are often paraphrased ("the couple", "both"), so an English number is no sure counterpart. */
    private static final double SMALL = 10;
    /** How far before a number its inclusive marker may end (在内的 before 10). */
    private static final int MARKER_REACH = 3;
    /** The most members a count after their list may count (京、津、冀三地), and the longest a member's name. */
    private static final int LISTED_MEMBERS = 10;
    private static final int MEMBER_LENGTH = 8;

    private final ChineseNumbers chinese;
    private final EnglishNumbers english;
    private final WeekdayDates weekdayDates;
    private final SourceWeekdays sourceWeekdays;
    private final List<String> inclusiveMarkers;
    private final List<String> otherWords;
    private final List<String> oneWords;
    /** A designation ("Chapter", "Article", "number") right before a number: "Chapter Six" may give 第六章. */
    private final Pattern designationBefore;
    private final Map<String, Measure> zhMeasures;
    private final Map<String, Measure> enMeasures;
    private final List<Equivalent> equivalents;
    private final int longestUnit;
    private final double minimumConfidence;
    private final List<String> counters;
    private final List<String> halfMarks;
    private final List<UnitAndPart> unitsAndParts;
    private final List<String> listMarks;
    private final List<String> listJoiners;
    private final List<String> clauseMarks;

    public NumberRule(RuleSpec spec) {
        super(spec.variables("expected", "kind").meta());
        ChineseNumbers.Vocabulary chineseWords = chineseWords(spec);
        this.chinese = new ChineseNumbers(chineseWords);
        this.english = new EnglishNumbers(englishWords(spec));
        this.designationBefore = Pattern.compile("(?<![\\p{L}.])(?:" + spec.list("enDesignations").stream().map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|")) + ")\\s+$");
        Map<String, Double> enWeekdays = ValuedWords.parse("enWeekdays", spec.list("enWeekdays"));
        this.sourceWeekdays = new SourceWeekdays(chineseWords, ValuedWords.parse("zhWeekdays", spec.list("zhWeekdays")),
                enWeekdays, spec.list("zhNotWeekdays"));
        this.weekdayDates = new WeekdayDates(sourceWeekdays,
                Pattern.compile(spec.text("zhDateline"), Pattern.UNICODE_CHARACTER_CLASS), // ６月２０日电 too
                spec.list("zhDateRangeMarks"));
        this.inclusiveMarkers = spec.list("zhInclusiveMarkers");
        this.otherWords = spec.list("enOtherWords");
        this.oneWords = spec.list("enOneWords").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        Set<String> fixedDimensions = Set.copyOf(spec.list("fixedDimensions"));
        this.zhMeasures = measures("zhMeasures", Stream.concat(spec.list("zhMeasures").stream(), spec.list("zhFixedUnits").stream())
                .toList(), fixedDimensions);
        this.enMeasures = measures("enMeasures", Stream.concat(spec.list("enMeasures").stream(), spec.list("enFixedUnits").stream())
                .toList(), fixedDimensions);
        this.equivalents = equivalents(spec.list("zhEquivalents"));
        this.longestUnit = equivalents.stream().mapToInt(e -> e.unit().length()).max().orElse(0);
        this.minimumConfidence = spec.number("minimumConfidence");
        this.counters = chineseWords.counters(); // longest first
        this.halfMarks = spec.list("zhHalfMarks");
        this.unitsAndParts = spec.list("zhUnitsAndParts").stream().map(UnitAndPart::parse).toList();
        this.listMarks = spec.list("zhListMarks");
        this.listJoiners = spec.list("zhListJoiners");
        this.clauseMarks = spec.list("zhClauseMarks");
    }

    /** The Chinese number words of the rule's data. */
    public static ChineseNumbers.Vocabulary chineseWords(RuleSpec spec) {
        return new ChineseNumbers.Vocabulary(ValuedWords.parse("zhDigits", spec.list("zhDigits")),
                ValuedWords.parse("zhUnits", spec.list("zhUnits")), spec.list("zhCounters"), spec.list("zhUnitWords"),
                spec.list("zhApproximateBefore"), spec.list("zhApproximateAfter"), spec.list("zhVagueBefore"),
                spec.list("zhVagueAfter"), spec.list("zhSetPhrases"), spec.list("zhNotTenths"),
                spec.list("zhExchangeMarkers"), spec.list("zhWeekdayMarkers"), spec.list("zhPeriodCounters"));
    }

    /** The English number words of the rule's data. */
    public static EnglishNumbers.Vocabulary englishWords(RuleSpec spec) {
        return new EnglishNumbers.Vocabulary(ValuedWords.parse("enNumbers", spec.list("enNumbers")),
                ValuedWords.parse("enScales", spec.list("enScales")), ValuedWords.parse("enSuffixes", spec.list("enSuffixes")),
                ValuedWords.parse("enOrdinals", spec.list("enOrdinals")), ValuedWords.parse("enFractions", spec.list("enFractions")),
                ValuedWords.parse("enMultiples", spec.list("enMultiples")), ValuedWords.parse("enDecades", spec.list("enDecades")),
                spec.list("enPercentWords"), monthNumbers(spec.shared(SharedData.class).months()), spec.list("enApproximations"),
                spec.list("enPrefixes"), spec.list("enCurrencies"), ValuedWords.parse("enCountNouns", spec.list("enCountNouns")),
                spec.list("enUnitSuffixes"), spec.list("enBeforeMay"), spec.list("enPeriodLeaders"));
    }

    /** Each month's spellings that a token can be (those without a full stop) with the month's number, 1 to 12. */
    private static Map<String, Double> monthNumbers(List<List<String>> months) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            for (String form : months.get(i)) {
                if (!form.endsWith(".")) {
                    numbers.put(form, i + 1d);
                }
            }
        }
        return numbers;
    }

    @Override
    public void check(Document document, RuleContext context) {
        SourceDocument source = document.source().orElse(null);
        if (source == null || !source.primaryLanguage().equals(CHINESE)) {
            return;
        }
        for (AlignedSegment segment : source.alignment().pairs()) {
            if (segment.confidence() < minimumConfidence) {
                continue;
            }
            reportOtherWeekday(document, source, segment, context);
            List<NumberMention> sourceNumbers = new ArrayList<>();
            List<NumberMention> inNames = new ArrayList<>();
            for (NumberMention mention : chinese.find(source.text(segment.source()))) {
                NumberMention shifted = mention.shift(segment.source().start());
                (insideName(source, shifted.span()) ? inNames : sourceNumbers).add(shifted);
            }
            if (sourceNumbers.isEmpty()) {
                continue;
            }
            // a number inside a name (3省, 五道梁) need not be translated, but where it is, it is no mistranslation;
            // only a number of its kind can be it (the recogniser takes 两座机场 for a name, and "second" is no "two")
            List<NumberMention> targetNumbers = english.find(document.text(segment.target())).stream()
                    .map(m -> m.shift(segment.target().start()))
                    .filter(given -> inNames.stream().noneMatch(named -> named.kind() == given.kind() && same(named, given)))
                    .toList();
            List<NumberMention> everySourceNumber = new ArrayList<>(sourceNumbers);
            everySourceNumber.addAll(inNames); // a part's whole may stand in what the recogniser took for a name
            compare(document, source.text(), segment, sourceNumbers, everySourceNumber, targetNumbers, context);
        }
    }

    /** 周三 as "Thursday": the source's weekday missing, and one it never names in its place. */
    private void reportOtherWeekday(Document document, SourceDocument source, AlignedSegment segment, RuleContext context) {
        sourceWeekdays.mismatch(source.text(segment.source()), document.text(segment.target())).ifPresent(mismatch ->
                context.flag(mismatch.written().span().shift(segment.target().start()))
                        .source(mismatch.source().span().shift(segment.source().start()))
                        .with("expected", mismatch.expected()).suggest(mismatch.expected()).report());
    }

    private void compare(Document document, String sourceText, AlignedSegment segment, List<NumberMention> sourceNumbers,
                         List<NumberMention> everySourceNumber, List<NumberMention> targetNumbers, RuleContext context) {
        List<NumberMention> missing = new ArrayList<>();
        boolean[] answered = new boolean[targetNumbers.size()];
        // what follows each English number, looked at once: its unit, and whether it counts "other" members
        Unit[] givenUnits = new Unit[targetNumbers.size()];
        boolean[] givenCountsOthers = new boolean[targetNumbers.size()];
        for (int k = 0; k < targetNumbers.size(); k++) {
            givenUnits[k] = unitAfter(document.text(), targetNumbers.get(k).span().end(), enMeasures);
            givenCountsOthers[k] = countsTheOthers(document, targetNumbers.get(k));
        }
        for (NumberMention wanted : sourceNumbers) {
            Unit wantedUnit = unitAfter(sourceText, wanted.span().end(), zhMeasures);
            boolean wantedCountsAMember = countsAMemberNamed(sourceText, wanted);
            double withItsPart = withItsPart(sourceText, wanted, everySourceNumber);
            boolean found = false;
            Unit wrongUnit = null;
            boolean rightUnit = false;
            for (int k = 0; k < targetNumbers.size(); k++) {
                NumberMention given = targetNumbers.get(k);
                boolean theOthers = wantedCountsAMember && givenCountsOthers[k] && close(wanted.value() - 1, given.value(), 0);
                boolean converted = sameMeasure(wanted, wantedUnit, given, givenUnits[k]);
                boolean asOneNumber = given.kind() == NumberKind.CARDINAL && close(withItsPart, given.value(), 0);
                if (same(wanted, given) && !countForRank(document, wanted, given) || theOthers || converted || asOneNumber) {
                    answered[k] = true;
                    found = true;
                    if (!converted && isAnotherUnit(wantedUnit, givenUnits[k])) {
                        wrongUnit = wrongUnit == null ? givenUnits[k] : wrongUnit;
                    } else {
                        rightUnit = true;
                    }
                }
            }
            if (wrongUnit != null && !rightUnit) {
                // 186毫米 as "186 centimeters": the number is the source's, its unit another of the same kind
                RuleContext.IssueBuilder issue = context.flag(wrongUnit.span())
                        .source(new Span(wanted.span().start(), wantedUnit.span().end()));
                if (wrongUnit.measure().fixed()) {
                    issue.message("fixed-unit").with("kind", wrongUnit.measure().dimension().replace('-', ' '));
                } else {
                    issue.message("unit");
                }
                issue.report();
            }
            if (!found && !oneAsAWord(wanted, document.text(segment.target())) && !inACode(wanted, document.text(segment.target()))) {
                missing.add(wanted);
            }
        }
        List<NumberMention> unanswered = new ArrayList<>();
        for (int k = 0; k < targetNumbers.size(); k++) {
            if (!answered[k]) {
                unanswered.add(targetNumbers.get(k));
            }
        }
        boolean segmentReported = false;
        for (NumberMention wanted : missing) {
            NumberMention instead = otherMagnitude(wanted, unanswered);
            if (instead == null) {
                instead = digitsReordered(wanted, unanswered);
            }
            boolean tolerated = tolerated(wanted, sourceNumbers, document, sourceText, segment, context);
            // a year may be missing, not wrong; so may a month its day's weekday names, not beside another English
            // month; an approximate number may be missing ("thousands"), but not another number in its place
            if (instead == null && (wanted.kind() == NumberKind.YEAR || wanted.kind() == NumberKind.MONTH
                    || wanted.approximate() || !tolerated)) {
                instead = onlyCandidate(wanted, missing, unanswered);
                if (instead != null && wanted.approximate() && close(wanted.value(), instead.value(), LOOSELY)
                        && significantDigits(instead.value()) > significantDigits(wanted.value())) {
                    instead = null; // 十余家 ("more than ten") as "a dozen"; not 约6.5吨 as "about 4 tonnes"
                }
            }
            if (instead != null) {
                unanswered.remove(instead);
                context.flag(instead.span()).source(wanted.span()).with("expected", english.render(wanted))
                        .suggest(english.render(wanted)).report();
            } else if (!tolerated && !segmentReported) {
                segmentReported = true; // one finding a segment: the reviewer reads the sentence once
                context.flag(trimmed(document, segment.target())).source(wanted.span()).message("missing")
                        .with("expected", english.render(wanted)).severity(Severity.MINOR).report();
            }
        }
    }

    /**
     * A count spelt out, which is no rank: "the two sides" does not give 第二次 ("the second"); but a number after a
     * designation may ("Article 5" or "Chapter Six" for 第六章, "number four" for 第四).
     */
    private boolean countForRank(Document document, NumberMention wanted, NumberMention given) {
        String text = document.text();
        return wanted.kind() == NumberKind.ORDINAL && given.kind() == NumberKind.CARDINAL
                && Character.isLetter(text.charAt(given.span().start()))
                && !designationBefore.matcher(text.substring(Math.max(0, given.span().start() - 20), given.span().start())).find();
    }

    /** Digits a word holds after a hyphen or glued to it, which English numbers do not count: "Shenzhou-19", "A320". */
    private static final Pattern CODE_DIGITS = Pattern.compile("(?<=\\p{L}-?)\\d+(?![\\d.,]*\\d)");

    /** A whole number the target writes as part of a designation: 神舟十九号 as "Shenzhou-19". */
    private static boolean inACode(NumberMention wanted, String target) {
        if (wanted.value() != Math.rint(wanted.value()) || wanted.value() < 0) {
            return false;
        }
        String digits = Long.toString((long) wanted.value());
        Matcher code = CODE_DIGITS.matcher(target);
        while (code.find()) {
            if (code.group().equals(digits)) {
                return true;
            }
        }
        return false;
    }

    /** The number one with its unit, which the target may give as "a", "an", "per"…: 1小时 as "in an hour". */
    private boolean oneAsAWord(NumberMention wanted, String target) {
        if (wanted.kind() != NumberKind.CARDINAL || wanted.value() != 1) {
            return false;
        }
        String lowerTarget = target.toLowerCase(Locale.ROOT);
        return oneWords.stream().anyMatch(word -> Words.indexOfWord(lowerTarget, word) >= 0);
    }

    /** A number with its unit that English often gives as a word (12时 "noon", 24小时 "around the clock", 7天 "week"). */
    private record Equivalent(double value, String unit, List<String> phrases) {
    }

    /** Whether the target gives the source's number with its unit as a word: 12时 as "noon", 100周年 as "centenary". */
    private boolean hasEquivalent(NumberMention wanted, String source, String target) {
        String written = source.substring(wanted.span().start(), Math.min(source.length(), wanted.span().end() + longestUnit));
        String lowerTarget = target.toLowerCase(Locale.ROOT);
        for (Equivalent equivalent : equivalents) {
            int unitAt = written.indexOf(equivalent.unit(), wanted.span().length() - equivalent.unit().length());
            if (close(wanted.value(), equivalent.value(), 0) && unitAt >= 0 && unitAt <= wanted.span().length()
                    && equivalent.phrases().stream().anyMatch(phrase -> Words.indexOfWord(lowerTarget, phrase) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Parses "VALUE UNIT = PHRASE | PHRASE" entries ("24 小时 = around the clock | 24/7"). */
    private static List<Equivalent> equivalents(List<String> entries) {
        List<Equivalent> equivalents = new ArrayList<>();
        for (String entry : entries) {
            String[] sides = entry.split("=", 2);
            String[] number = sides[0].strip().split("\\s+");
            if (sides.length < 2 || number.length != 2) {
                throw new IllegalArgumentException("zhEquivalents: '" + entry + "' must be 'VALUE UNIT = PHRASE | PHRASE'");
            }
            List<String> phrases = java.util.Arrays.stream(sides[1].split("\\|")).map(String::strip)
                    .map(p -> p.toLowerCase(Locale.ROOT)).toList();
            try {
                equivalents.add(new Equivalent(Double.parseDouble(number[0]), number[1], phrases));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("zhEquivalents: '" + entry + "' must start with a number");
            }
        }
        return equivalents;
    }

    /**
     * A unit of measure: its size in its dimension's base unit (公里 1000 m, hectares 10000 m²), or, in a dimension
     * whose units do not convert by a factor (currencies, temperature scales), its code (美元 USD, "yuan" CNY).
     */
    private record Measure(double size, String code, String dimension) {

        boolean fixed() {
            return code != null;
        }
    }

    /**
     * A unit of the same kind and another size, as the same number cannot be after a conversion (毫米, "centimeters"),
     * or another currency or scale (美元, "yuan").
     */
    private static boolean isAnotherUnit(Unit wanted, Unit given) {
        if (wanted == null || given == null || !wanted.measure().dimension().equals(given.measure().dimension())) {
            return false;
        }
        return wanted.measure().fixed() ? !wanted.measure().code().equals(given.measure().code())
                : !close(wanted.measure().size(), given.measure().size(), CONVERTED);
    }

    /** A unit as written after a number, and where. */
    private record Unit(Measure measure, Span span) {
    }

    /** Whether the English number is the source's measure in another unit: 5000米 as "5 km", 1000亩 as "67 hectares". */
    private static boolean sameMeasure(NumberMention wanted, Unit fromUnit, NumberMention given, Unit toUnit) {
        Measure from = fromUnit == null ? null : fromUnit.measure();
        Measure to = toUnit == null ? null : toUnit.measure();
        // only a conversion rounds: 1935.3克 as "1,953.3 grams" is no conversion; a currency is not converted by a factor
        return from != null && to != null && !from.fixed() && from.dimension().equals(to.dimension()) && from.size() != to.size()
                && close(wanted.value() * from.size(), given.value() * to.size(), CONVERTED);
    }

    /** The unit written right after a number (spaces and a hyphen aside), the longest that matches, if any. */
    private static Unit unitAfter(String text, int at, Map<String, Measure> units) {
        int start = at;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '-')) { // "a 5-kilometre tunnel"
            start++;
        }
        Measure found = null;
        int longest = 0;
        for (Map.Entry<String, Measure> unit : units.entrySet()) {
            String name = unit.getKey();
            int end = start + name.length();
            if (name.length() > longest && text.regionMatches(true, start, name, 0, name.length())
                    && (end == text.length() || !Character.isLetter(text.charAt(end)) || !isLatin(name.charAt(0)))) {
                found = unit.getValue();
                longest = name.length();
            }
        }
        return found == null ? null : new Unit(found, new Span(start, start + longest));
    }

    /** A Latin unit ("km") must end at a word's end; a Chinese one (米 in 5000米长) needs no boundary. */
    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * Parses "UNIT SIZE DIMENSION" entries ("公里 1000 m"); the unit may contain spaces ("square kilometres 1000000 m2").
     * In a fixed dimension the size is the unit's code ("美元 USD currency").
     */
    private static Map<String, Measure> measures(String listName, List<String> entries, Set<String> fixedDimensions) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] fields = entry.strip().split("\\s+");
            if (fields.length < 3) {
                throw new IllegalArgumentException(listName + ": '" + entry + "' needs a unit, a size and a dimension");
            }
            String unit = String.join(" ", java.util.Arrays.copyOf(fields, fields.length - 2));
            String dimension = fields[fields.length - 1];
            if (fixedDimensions.contains(dimension)) {
                measures.put(unit, new Measure(Double.NaN, fields[fields.length - 2], dimension));
                continue;
            }
            try {
                measures.put(unit, new Measure(Double.parseDouble(fields[fields.length - 2]), null, dimension));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(listName + ": '" + entry + "' has no size before its dimension");
            }
        }
        return measures;
    }

    /**
     * Whether the source number counts a whole with a member it names right before it (法国等12个国家, 包括俄罗斯在内
     * 的10个成员国), which English may count without that member ("France and 11 other countries").
     */
    private boolean countsAMemberNamed(String source, NumberMention wanted) {
        String before = source.substring(Math.max(0, wanted.span().start() - MARKER_REACH), wanted.span().start());
        return inclusiveMarkers.stream().anyMatch(marker -> before.endsWith(marker) || before.endsWith(marker + "的"));
    }

    /**
     * A unit and the smaller one written after it, which English gives as one number: 年 then 个月 (3年6个月, "3.5
     * years"), 秒 then hundredths (47秒48, "47.48 seconds").
     *
     * @param join     what stands between the whole and the part (年, 年零, 秒)
     * @param counter  what follows the part (个月), or nothing
     * @param divisor  how many parts make the whole (12); 0 where the part gives the whole's decimal places
     */
    private record UnitAndPart(String join, String counter, double divisor) {
        static UnitAndPart parse(String entry) {
            String[] fields = entry.trim().split("\\s+");
            if (fields.length != 3) {
                throw new IllegalArgumentException("zhUnitsAndParts: '" + entry + "' is not 'JOIN COUNTER DIVISOR'");
            }
            return new UnitAndPart(fields[0], fields[1].equals("-") ? "" : fields[1], Double.parseDouble(fields[2]));
        }

        /** The whole and its part as one number, or NaN where the two are not written as this unit and part. */
        double value(String source, NumberMention whole, NumberMention part) {
            boolean joined = whole.span().end() + join.length() == part.span().start() && source.startsWith(join, whole.span().end())
                    && source.startsWith(counter, part.span().end());
            if (!joined) {
                return Double.NaN;
            }
            double fraction = divisor > 0 ? part.value() / divisor : part.value() / Math.pow(10, part.span().length());
            return whole.value() + fraction;
        }
    }

    /**
     * The count with the part of its unit the source adds after it, which English gives as one number: 3.5 for the 3 of
     * 三年半 ("three and a half years") and for the 3 and the 6 of 3年6个月; 2.5 for 两个半小时; 47.48 for 47秒48. NaN
     * where nothing is added.
     */
    private double withItsPart(String source, NumberMention wanted, List<NumberMention> sourceNumbers) {
        if (wanted.kind() != NumberKind.CARDINAL) {
            return Double.NaN;
        }
        int end = wanted.span().end();
        for (String counter : counters) {
            if (source.startsWith(counter, end) && halfMarks.stream().anyMatch(half -> source.startsWith(half, end + counter.length()))) {
                return wanted.value() + 0.5;
            }
        }
        for (NumberMention other : sourceNumbers) {
            if (other == wanted || other.kind() != NumberKind.CARDINAL) {
                continue;
            }
            NumberMention whole = other.span().start() > wanted.span().start() ? wanted : other;
            NumberMention part = whole == wanted ? other : wanted;
            for (UnitAndPart unit : unitsAndParts) {
                double value = unit.value(source, whole, part);
                if (!Double.isNaN(value)) {
                    return value;
                }
            }
        }
        return Double.NaN;
    }

    /**
     * Whether the source lists the members a small count counts right before it (四川、贵州两省, 京、津、冀三地), so that
     * English may name them instead ("Sichuan and Guizhou provinces").
     */
    private boolean countsTheMembersListed(String source, NumberMention wanted) {
        if (wanted.kind() != NumberKind.CARDINAL || !wanted.isWhole() || wanted.value() < 2 || wanted.value() > LISTED_MEMBERS) {
            return false;
        }
        int start = wanted.span().start();
        int clauseStart = clauseMarks.stream().mapToInt(mark -> source.lastIndexOf(mark, start - 1) + mark.length())
                .max().orElse(0);
        String clause = source.substring(Math.min(clauseStart, start), start);
        int members = 1;
        int lastMember = 0;
        for (int i = 0; i < clause.length(); i++) {
            for (String mark : listMarks) {
                if (clause.startsWith(mark, i)) {
                    members++;
                    lastMember = i + mark.length();
                }
            }
        }
        String last = clause.substring(lastMember);
        for (String joiner : listJoiners) {
            int at = last.indexOf(joiner);
            if (at > 0 && last.length() - at - joiner.length() >= 1) {
                members++;
                last = last.substring(at + joiner.length());
                break;
            }
        }
        return members > 1 && members == wanted.value() && !last.isEmpty() && last.length() <= MEMBER_LENGTH;
    }

    /** Whether the English number counts the others of a group ("11 other countries", "nine others"). */
    private boolean countsTheOthers(Document document, NumberMention given) {
        if (given.kind() != NumberKind.CARDINAL) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(document.text()).region(given.span().end(), document.text().length());
        return next.lookingAt() && otherWords.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

    /** Whether the English number gives the source number's value, in whatever form. */
    static boolean same(NumberMention wanted, NumberMention given) {
        if ((wanted.kind() == NumberKind.MONTH) != (given.kind() == NumberKind.MONTH)) {
            return false; // "November" is no 第十一, nor "11" a 11月
        }
        double w = wanted.value();
        double g = given.value();
        // an approximate number may be rounded, to fewer digits ("about 7" for 约6.5), not changed in as many
        boolean rounded = (wanted.approximate() || given.approximate()) && significantDigits(g) != significantDigits(w);
        double tolerance = rounded ? APPROXIMATELY : Math.max(Math.abs(w), Math.abs(g)) >= ROUNDED ? SAME : 0;
        if (close(w, g, tolerance)) {
            return true;
        }
        return switch (wanted.kind()) {
            case DECADE -> given.isWhole() && (long) g % 100 == (long) w % 100;
            case HOUR -> close(w - 12, g, SAME);
            // 增长两倍 is "tripled" to some and "doubled" to others; "200%" either way
            case MULTIPLE -> close(w + 1, g, SAME) || close(w * 100, g, SAME) || close((w - 1) * 100, g, SAME);
            case PERCENT -> given.kind() == NumberKind.FRACTION && close(w / 100, g, tolerance);
            case FRACTION -> given.kind() == NumberKind.PERCENT && close(w * 100, g, tolerance);
            default -> false;
        };
    }

    /** An English number with the same digits at another magnitude: 1.2万亿 as "1.2 billion". */
    private static NumberMention otherMagnitude(NumberMention wanted, List<NumberMention> unanswered) {
        if (!wanted.kind().family().equals("quantity") || wanted.value() == 0) {
            return null;
        }
        for (NumberMention given : unanswered) {
            if (!given.kind().family().equals("quantity") || given.value() == 0 || given.value() == 1) {
                continue; // "one of more than a dozen" for 十多…之一, "One Boat Ticket": "one" is no slip of a scale
            }
            double exponent = Math.log10(wanted.value() / given.value());
            long rounded = Math.round(exponent);
            if (rounded != 0 && Math.abs(exponent - rounded) < 1e-6) {
                return given;
            }
        }
        return null;
    }

    /** The one English number of the source number's kind with its digits in another order: 3.8% as "8.3%", 15 as "51". */
    private static NumberMention digitsReordered(NumberMention wanted, List<NumberMention> unanswered) {
        String digits = sortedDigits(wanted.value());
        if (digits.length() < 2 || !wanted.kind().family().equals("quantity")) {
            return null;
        }
        List<NumberMention> reordered = unanswered.stream().filter(given -> given.kind() == wanted.kind()
                && given.value() != wanted.value() && sortedDigits(given.value()).equals(digits)).toList();
        return reordered.size() == 1 ? reordered.get(0) : null;
    }

    private static String sortedDigits(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().chars().filter(Character::isDigit).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * The English number that must be the source number's translation: the only unmatched one of its family where
     * the source has only this number unmatched in that family.
     */
    private static NumberMention onlyCandidate(NumberMention wanted, List<NumberMention> missing, List<NumberMention> unanswered) {
        // 6.5 (or 3.8%) is no article nor a couple: a decimal for a decimal of its kind, however small
        boolean decimal = (wanted.kind() == NumberKind.CARDINAL || wanted.kind() == NumberKind.PERCENT) && !wanted.isWhole();
        if (wanted.kind() == NumberKind.CARDINAL && wanted.value() < SMALL && !decimal) {
            return null; // 两人 may be "the couple" while "one of" stands beside it; "three" is no typo of 40
        }
        String family = wanted.kind().family();
        long wantedOfFamily = missing.stream().filter(m -> m.kind().family().equals(family)
                && (!family.equals("date") || m.kind() == wanted.kind())).count();
        // within dates, only the same kind: a year for a year, a day for a day. A month named in English ("April")
        // or a day beside it ("April 4") is no small number that may stand for something else
        List<NumberMention> candidates = unanswered.stream().filter(m -> m.kind().family().equals(family)
                && (m.value() >= SMALL || decimal && m.kind() == wanted.kind() && !m.isWhole()
                    || m.kind() == NumberKind.MONTH || m.kind() == NumberKind.DAY || rankForRank(wanted, m))
                && (!family.equals("date") || m.kind() == wanted.kind())).toList();
        return wantedOfFamily == 1 && candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** "the Seventh Expo" for 第八届, "second-largest" for 第三大; not "first", often a superlative ("top", "leading"). */
    private static boolean rankForRank(NumberMention wanted, NumberMention given) {
        return wanted.kind() == NumberKind.ORDINAL && given.kind() == NumberKind.ORDINAL && wanted.value() > 1 && given.value() > 1;
    }

    /** Missing, and rightly so: approximations, years ("last year"), and a date given as its weekday. */
    private boolean tolerated(NumberMention wanted, List<NumberMention> sourceNumbers, Document document,
                              String sourceText, AlignedSegment segment, RuleContext context) {
        if (wanted.approximate() || wanted.kind() == NumberKind.YEAR) {
            return true;
        }
        if (wanted.kind() == NumberKind.ORDINAL && wanted.value() == 1) {
            return true; // 第一 is as often "top", "leading" or a superlative as "first"
        }
        String target = document.text(segment.target());
        if (hasEquivalent(wanted, sourceText, target) || countsTheMembersListed(sourceText, wanted)) {
            return true;
        }

        return switch (wanted.kind()) {
            case DAY -> weekdayDates.dayConfirmed(wanted, sourceNumbers, sourceText, target, context);
            case MONTH -> weekdayDates.monthConfirmed(wanted, sourceNumbers, sourceText, target, context);
            default -> false;
        };
    }

    /** 6.5 has two, 50,000 one. */
    private static int significantDigits(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().precision();
    }

    private static boolean close(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
    }

    private static boolean insideName(SourceDocument source, Span span) {
        for (SourceName name : source.analysis().names()) {
            if (name.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static Span trimmed(Document document, Span span) {
        String text = document.text();
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
