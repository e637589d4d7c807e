package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.numbers.NumberKind;
import io.github.mtlint.numbers.NumberMention;
import io.github.mtlint.rule.RuleContext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a source date (5月8日, 8日, or either end of 5月7日至9日) is given in the English as its weekday, as agencies
 * write the days of the week before their dateline ("on Wednesday", "from Tuesday to Thursday").
 */
final class WeekdayDates {

    /** How far into the source its dateline may be. */
    private static final int DATELINE_CHARS = 200;
    private static final int LONGEST_MONTH = 31;
    private static final int WEEK = 7;

    private final SourceWeekdays weekdays;
    private final Pattern zhDateline;
    private final List<String> rangeMarks;

    /**
     * @param weekdays   the weekdays a text names, with their ISO number (Monday 1)
     * @param zhDateline an agency dateline without its year (新华社重庆6月20日电): group 1 its month, group 2 its day
     * @param rangeMarks what joins two dates into a range (至 in 5月7日至9日)
     */
    WeekdayDates(SourceWeekdays weekdays, Pattern zhDateline, List<String> rangeMarks) {
        if (zhDateline.matcher("").groupCount() < 2) {
            throw new IllegalArgumentException("zhDateline: '" + zhDateline + "' needs two groups, the month and the day");
        }
        this.weekdays = weekdays;
        this.zhDateline = zhDateline;
        this.rangeMarks = rangeMarks;
    }

    /** A day of the month, with its month where the source writes it (0 where it does not). */
    private record SourceDate(int month, int day) {
    }

    /**
     * Whether a month the source writes before a day (the 5 of 5月8日) is accounted for by that day's weekday: the
     * month is then part of the date the weekday names.
     */
    boolean monthConfirmed(NumberMention month, List<NumberMention> segmentNumbers, String source, String target,
                           RuleContext context) {
        for (NumberMention day : segmentNumbers) {
            if (day.kind() == NumberKind.DAY && day.span().start() == month.span().end()) {
                return dayConfirmed(day, segmentNumbers, source, target, context);
            }
        }
        return false;
    }

    /**
     * Whether the target names the weekday of the source's day. With the document's date known, the weekday must be
     * the date's; with only a dateline without its year (新华社重庆6月20日电), the date must lie within a week of it,
     * and a range of dates needs a range of weekdays as long ("from Tuesday to Thursday" for 7日至9日).
     */
    boolean dayConfirmed(NumberMention day, List<NumberMention> segmentNumbers, String source, String target,
                         RuleContext context) {
        NumberMention partner = rangePartner(day, segmentNumbers, source);
        SourceDate date = dateOf(day, partner, segmentNumbers);
        if (context.dateIsStated()) {
            return namesTheWeekdayOf(date, context.documentDate(), target);
        }
        Matcher dateline = zhDateline.matcher(source.substring(0, Math.min(source.length(), DATELINE_CHARS)));
        if (!dateline.find()) {
            return false;
        }
        SourceDate datelineDate = new SourceDate(Integer.parseInt(dateline.group(1)), Integer.parseInt(dateline.group(2)));
        List<Integer> back = daysBefore(date, datelineDate);
        if (back.isEmpty()) {
            return false;
        }
        if (partner == null) {
            return !weekdaysIn(target).isEmpty();
        }
        List<Integer> otherBack = daysBefore(dateOf(partner, day, segmentNumbers), datelineDate);
        List<Integer> named = weekdaysIn(target);
        for (int days : back) {
            for (int otherDays : otherBack) {
                if (hasWeekdaysApart(named, Math.abs(days - otherDays))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The date with the month written before the day, or before the other end of its range (9 of 5月7日至9日). */
    private static SourceDate dateOf(NumberMention day, NumberMention partner, List<NumberMention> segmentNumbers) {
        NumberMention month = monthBefore(day, segmentNumbers);
        if (month == null && partner != null && partner.span().end() <= day.span().start()) {
            month = monthBefore(partner, segmentNumbers);
        }
        return new SourceDate(month == null ? 0 : (int) month.value(), (int) day.value());
    }

    private static NumberMention monthBefore(NumberMention day, List<NumberMention> segmentNumbers) {
        for (NumberMention month : segmentNumbers) {
            if (month.kind() == NumberKind.MONTH && month.span().end() == day.span().start()) {
                return month;
            }
        }
        return null;
    }

    /** The day at the other end of a range the day opens or closes (5月7日至9日, 4月30日至5月2日), or null. */
    private NumberMention rangePartner(NumberMention day, List<NumberMention> segmentNumbers, String source) {
        for (NumberMention other : segmentNumbers) {
            if (other.kind() != NumberKind.DAY || other.span().equals(day.span())) {
                continue;
            }
            boolean after = other.span().start() >= day.span().end();
            if (joined(after ? day : other, after ? other : day, segmentNumbers, source)) {
                return other;
            }
        }
        return null;
    }

    private boolean joined(NumberMention first, NumberMention last, List<NumberMention> segmentNumbers, String source) {
        NumberMention lastMonth = monthBefore(last, segmentNumbers);
        int gapEnd = lastMonth == null ? last.span().start() : lastMonth.span().start();
        return gapEnd >= first.span().end() && rangeMarks.contains(source.substring(first.span().end(), gapEnd));
    }

    /**
     * Days from the date back to the dateline's, if less than a week either way (below zero for a date after it), the
     * date in the month before where it is later in the month, in the month after where it is earlier. Without the year, February may have 28 days or 29, so a date in it may lie either many days back.
     */
    private static List<Integer> daysBefore(SourceDate date, SourceDate dateline) {
        List<Integer> back = new ArrayList<>();
        if (date.month() == 0) {
            back.add(date.day() <= dateline.day() ? dateline.day() - date.day() : dateline.day() + LONGEST_MONTH - date.day());
        } else if (date.month() == dateline.month() && date.day() <= dateline.day()) {
            back.add(dateline.day() - date.day());
        } else {
            int monthBefore = dateline.month() == 1 ? 12 : dateline.month() - 1;
            if (date.month() == monthBefore && date.month() >= 1 && date.month() <= 12) {
                Month month = Month.of(date.month());
                back.add(dateline.day() + month.maxLength() - date.day());
                if (month.minLength() != month.maxLength()) {
                    back.add(dateline.day() + month.minLength() - date.day());
                }
            }
        }
        // a date in the week after the dateline ("until Tuesday" for 22日 under 20日电): days back below zero
        if ((date.month() == 0 || date.month() == dateline.month()) && date.day() > dateline.day()) {
            back.add(dateline.day() - date.day());
        }
        int monthAfter = dateline.month() == 12 ? 1 : dateline.month() + 1;
        if ((date.month() == 0 || date.month() == monthAfter) && date.day() < dateline.day()
                && dateline.month() >= 1 && dateline.month() <= 12) {
            Month month = Month.of(dateline.month());
            back.add(-(month.maxLength() - dateline.day() + date.day()));
            if (month.minLength() != month.maxLength()) {
                back.add(-(month.minLength() - dateline.day() + date.day()));
            }
        }
        back.removeIf(days -> days >= WEEK || days <= -WEEK);
        return back;
    }

    /** Whether the target names the weekday of the date in the document's month or the month before. */
    private boolean namesTheWeekdayOf(SourceDate date, LocalDate documentDate, String target) {
        List<Integer> named = weekdaysIn(target);
        for (int monthsBack = 0; monthsBack <= 1; monthsBack++) {
            try {
                LocalDate candidate = documentDate.minusMonths(monthsBack).withDayOfMonth(date.day());
                if ((date.month() == 0 || candidate.getMonthValue() == date.month())
                        && named.contains(candidate.getDayOfWeek().getValue())) {
                    return true;
                }
            } catch (DateTimeException e) {
                // no such day in that month
            }
        }
        return false;
    }

    /**
     * Whether two weekdays named in the target, in this order, are that many days apart ("Tuesday to Thursday"). Two
     * weekdays alone may come in either order ("concluded on Thursday a visit that began on Tuesday").
     */
    private static boolean hasWeekdaysApart(List<Integer> named, int days) {
        if (days <= 0) {
            return false;
        }
        if (named.size() == 2 && Math.floorMod(named.get(0) - named.get(1), WEEK) == days) {
            return true;
        }
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                if (Math.floorMod(named.get(j) - named.get(i), WEEK) == days) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ISO numbers of the weekdays the target names, in the order it names them. */
    /** The weekdays the target names, each once, in the order it first names them. */
    private List<Integer> weekdaysIn(String target) {
        return weekdays.inTarget(target).stream().map(SourceWeekdays.Weekday::number).distinct().toList();
    }
}
