package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.Span;
import io.github.mtlint.numbers.ChineseNumbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The weekdays a source names (周三, 星期天, 礼拜五) and the English weekday that stands for another: 周三 as "Thursday".
 * Only where the source's weekday is missing from the translation and the translation names one the source does not,
 * so that a weekday English adds for a date (7月3日 as "Wednesday, July 3") is no mismatch.
 */
final class SourceWeekdays {

    /** A weekday found: where it stands and its ISO number (Monday 1). */
    record Weekday(Span span, int number) {
    }

    /** An English weekday standing for another of the source's. */
    record Mismatch(Weekday source, Weekday written, String expected) {
    }

    private final List<String> markers;
    private final Map<String, Double> zhWeekdays;
    private final Map<String, Double> enWeekdays;
    private final List<String> periodCounters;
    private final List<String> notWeekdays;
    private final Set<Character> numeralCharacters = new HashSet<>();
    private final Map<String, Integer> byLowerName = new HashMap<>();
    private final Pattern englishNames;

    /**
     * @param numbers     the Chinese number words: the markers before a weekday's numeral (周, 星期, 礼拜), the counters
     *                    that make 周三 a count per week (每周三次), and the digits and units that continue a numeral
     *                    (周三十万 counts a week's 300,000)
     * @param zhWeekdays  the numerals after the markers with the weekday's number (三 3, 日 7)
     * @param enWeekdays  English weekday names with theirs (Wednesday 3)
     * @param notWeekdays words that begin with a marker and its numeral and name no weekday (上周日本, 一周日均)
     */
    SourceWeekdays(ChineseNumbers.Vocabulary numbers, Map<String, Double> zhWeekdays, Map<String, Double> enWeekdays,
                   List<String> notWeekdays) {
        this.markers = List.copyOf(numbers.weekdayMarkers());
        this.zhWeekdays = Map.copyOf(zhWeekdays);
        this.enWeekdays = Map.copyOf(enWeekdays);
        this.periodCounters = List.copyOf(numbers.periodCounters());
        this.notWeekdays = List.copyOf(notWeekdays);
        Stream.concat(numbers.digits().keySet().stream(), numbers.units().keySet().stream())
                .forEach(word -> word.chars().forEach(c -> numeralCharacters.add((char) c)));
        enWeekdays.forEach((name, number) -> byLowerName.put(name.toLowerCase(Locale.ROOT), number.intValue()));
        this.englishNames = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", enWeekdays.keySet().stream().map(Pattern::quote).toList())
                + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    }

    List<Weekday> inSource(String source) {
        List<Weekday> found = new ArrayList<>();
        for (String marker : markers) {
            for (int at = source.indexOf(marker); at >= 0; at = source.indexOf(marker, at + 1)) {
                int markerAt = at;
                int numeral = at + marker.length();
                Double number = numeral < source.length() ? zhWeekdays.get(source.substring(numeral, numeral + 1)) : null;
                int after = numeral + 1;
                boolean continued = after < source.length() && (numeralCharacters.contains(source.charAt(after))
                        || Character.isDigit(source.charAt(after)));
                if (number != null && !continued && periodCounters.stream().noneMatch(c -> source.startsWith(c, after))
                        && notWeekdays.stream().noneMatch(word -> source.startsWith(word, markerAt))) {
                    found.add(new Weekday(new Span(at, numeral + 1), number.intValue()));
                }
            }
        }
        return found;
    }

    List<Weekday> inTarget(String target) {
        List<Weekday> found = new ArrayList<>();
        Matcher m = englishNames.matcher(target);
        while (m.find()) {
            found.add(new Weekday(new Span(m.start(), m.end()), byLowerName.get(m.group().toLowerCase(Locale.ROOT))));
        }
        return found;
    }

    /** The English weekday that stands where the source's one is missing, when there is exactly one of each. */
    Optional<Mismatch> mismatch(String source, String target) {
        List<Weekday> wanted = inSource(source);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Weekday> written = inTarget(target);
        List<Weekday> missing = wanted.stream().filter(w -> written.stream().noneMatch(t -> t.number() == w.number())).toList();
        List<Weekday> strays = written.stream().filter(t -> wanted.stream().noneMatch(w -> w.number() == t.number())).toList();
        if (missing.size() != 1 || strays.size() != 1) {
            return Optional.empty();
        }
        int number = missing.get(0).number();
        String expected = enWeekdays.entrySet().stream().filter(e -> e.getValue().intValue() == number).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        return Optional.of(new Mismatch(missing.get(0), strays.get(0), expected));
    }
}
