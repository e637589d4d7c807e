package io.github.mtlint.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a news text speaks of in its opening (headline, dateline, first paragraphs):
 * "September 14, 2022", "From September 14 to 16, 2022", "14 September 2022", "2022-09-14", "2022年9月14日".
 * Separately, the year a text names most often hints at when it was written.
 */
public final class DatelineDetector {

    /** How far into the text a dateline may be. */
    private static final int OPENING_CHARS = 1200;

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|"
            + "Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.|t)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*(?:" + MONTH + "\\s+)?\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to)\\s*\\d{1,2})?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$€£¥-])(19[5-9]\\d|20\\d\\d)(?![\\d%,.]\\d|\\s*(?:percent|per cent|%|yuan|dollars|euros|tons|tonnes|km|kilometres|kilometers|people|units))");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    public Optional<LocalDate> detect(String text) {
        String opening = text.length() > OPENING_CHARS ? text.substring(0, OPENING_CHARS) : text;
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(opening);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(4), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(opening);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = ISO.matcher(opening);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = CHINESE.matcher(opening);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The year the text names most often (the later one on a tie), if it names any. */
    public Optional<Integer> mainYear(String text) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
