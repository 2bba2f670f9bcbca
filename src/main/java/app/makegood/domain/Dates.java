package app.makegood.domain;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way the app and every export print dates and times, so the same moment reads the same in the list,
 * the timeline, a postmortem and a letter. It follows the locale, 12- or 24-hour clock included
 * (en-GB "3 Dec 2026, 14:05", en-US "Dec 3, 2026, 2:05 PM"). Tables use the short {@link #day} style,
 * letters and public pages the written-out {@link #letterDay} style ("3 December 2026").
 */
public final class Dates {
    private final DateTimeFormatter day;
    private final DateTimeFormatter letterDay;
    private final DateTimeFormatter time;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter letterMoment;

    private Dates(Locale locale) {
        day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        letterDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        letterMoment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
    }

    public static Dates of(Locale locale) {
        return new Dates(locale);
    }

    /** The user's formatting locale, for screens that are not handed one. */
    public static Dates local() {
        return new Dates(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** "3 Dec 2026": dates in tables, lists and postmortems. */
    public String day(TemporalAccessor date) {
        return day.format(date);
    }

    /** "3 December 2026": dates in letters and public pages. */
    public String letterDay(TemporalAccessor date) {
        return letterDay.format(date);
    }

    /** "14:05" or "2:05 PM" as the locale's clock has it. */
    public String time(TemporalAccessor at) {
        return time.format(at);
    }

    /** "3 Dec 2026, 14:05": a moment (a zoned date-time) in tables, the timeline and postmortems. */
    public String moment(TemporalAccessor at) {
        return moment.format(at);
    }

    /** "3 December 2026, 14:05": a moment in a letter. */
    public String letterMoment(TemporalAccessor at) {
        return letterMoment.format(at);
    }

    /** The table date format, for date fields that also read what they show. */
    public DateTimeFormatter dayFormat() {
        return day;
    }

    /** The time format, for time fields that also read what they show. */
    public DateTimeFormatter timeFormat() {
        return time;
    }
}
