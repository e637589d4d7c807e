package io.github.mtlint.text;

import io.github.mtlint.model.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one notion of a dateline: where and when a story was filed. It is either a paragraph of its own, short and
 * unterminated, naming a date or a time ("Samarkand, Sept. 16, 2022": {@link #namesDateOrTime}, which
 * {@link ParagraphClassifier} makes a {@code DATELINE} paragraph), or the wire-style opening of a paragraph, a place in
 * capitals ("BEIJING, Sept. 16 (Xinhua) --": {@link #wireDateline}, carried by the paragraph). The date a text states
 * ({@link #detect}) is the first date of its opening: "September 14, 2022", "From September 14 to 16, 2022",
 * "14 September 2022", "2022-09-14", "2022年9月14日". Separately, the year a text names most often hints at when it was
 * written. The month words are data ({@code months} in {@code rules/shared.yml}).
 */
public final class DatelineDetector {

    /** How far into the text a dateline may be. */
    private static final int OPENING_CHARS = 1200;

    /**
     * A place in capitals that opens a paragraph and ends in a comma, a bracket or a spaced dash: "BEIJING,"
     * "SAMARKAND (", "LONDON/HONG KONG," (two bureaus), "SINGAPORE –" (Straits Times).
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu} .'/-]*?(?:,|\\s*\\(|\\s+[-–—]+(?=\\s))");

    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;
    private final Pattern dateOrTime;
    private final Pattern year;
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    /** Each way of writing a month, with its number. */
    private final Map<String, Integer> monthNumbers = new HashMap<>();

    /**
     * @param months         the ways of writing each month, January first ("September", "Sept.", "Sept", "Sep.", "Sep")
     * @param quantityWords  words that make a number before them a quantity, not a year ("2000 kilometres", "2020 percent")
     */
    public DatelineDetector(List<List<String>> months, List<String> quantityWords) {
        for (int i = 0; i < months.size(); i++) {
            for (String form : months.get(i)) {
                monthNumbers.put(form, i + 1);
            }
        }
        // longest first, so that "Sept." is not read as "Sep" and a stray "t."
        String month = monthNumbers.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
        monthDayYear = Pattern.compile("\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*(?:" + month
                + "\\s+)?\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})\\b");
        dayMonthYear = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to)\\s*\\d{1,2})?\\s+" + month
                + ",?\\s+(\\d{4})\\b");
        // a dateline paragraph is read more loosely: a month word, more letters and a full stop ("Sept", "Sept.", "Septembre")
        String anyMonth = monthNumbers.keySet().stream().filter(form -> !form.endsWith(".")).sorted()
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")")) + "[a-z]*\\.?";
        // without quantity words, every year counts ("(?:)" would match before any word and count none)
        String quantity = quantityWords.isEmpty() ? "(?!)"
                : quantityWords.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")(?!\\p{L})"));
        year = Pattern.compile("(?<![\\d,.$€£¥-])(19[5-9]\\d|20\\d\\d)(?![\\d%,.]\\d|\\s*" + quantity + ")");
        dateOrTime = Pattern.compile("\\b(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}:\\d{2}|" + anyMonth + " \\d{1,2},? \\d{4}"
                + "|\\d{1,2} " + anyMonth + " \\d{4})");
    }

    /** The wire-style dateline a paragraph opens with, as a span of the paragraph's text ("BEIJING,"). */
    public Optional<Span> wireDateline(String paragraph) {
        Matcher m = WIRE_DATELINE.matcher(paragraph);
        return m.find() ? Optional.of(new Span(0, m.end())) : Optional.empty();
    }

    /** Whether the text names a date or a time of day: "Sept. 16, 2022", "16 Sept 2022", "2022-09-16", "10:30". */
    public boolean namesDateOrTime(String text) {
        return dateOrTime.matcher(text).find();
    }

    /** The date the text states in its opening, if it states one. */
    public Optional<LocalDate> detect(String text) {
        String opening = text.length() > OPENING_CHARS ? text.substring(0, OPENING_CHARS) : text;
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = monthDayYear.matcher(opening);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(4), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = dayMonthYear.matcher(opening);
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
        Matcher m = year.matcher(text);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private int month(String name) {
        return monthNumbers.getOrDefault(name, 0);
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
