package app.makegood.domain;

import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The incident's dated story, oldest first, built from what the app knows, in the zone its times were recorded in.
 * Letters saved as files after the incident was resolved are not part of the story: they are records made later.
 */
public record Timeline(List<Entry> events, List<Entry> later, ZoneId zone) {

    /** How exactly an event's time is known: to the minute, as an estimate, or only the day. */
    public enum Precision { EXACT, APPROXIMATE, DAY }

    /** One dated event. A {@link Precision#DAY} event sorts at the end of its day and prints without a time. */
    public record Entry(Instant at, String what, Precision precision) {
    }

    public Timeline {
        events = List.copyOf(events);
        later = List.copyOf(later);
    }

    /**
     * The incident's story with the letters that went out about it.
     *
     * @param fallbackZone the zone to use when the incident does not say where its times were recorded
     */
    public static Timeline of(Incident i, List<LetterRecord> letters, ZoneId fallbackZone) {
        ZoneId zone = i.milestones().zoneOr(fallbackZone);
        IncidentTimes times = IncidentTimes.of(i);
        List<Entry> out = new ArrayList<>();
        moment(out, times, Moment.STARTED, "It happened");
        moment(out, times, Moment.DISCOVERED, switch (i.discoveredBy()) {
            case US -> "We discovered it";
            case CUSTOMER -> "A customer told us";
            case SOMEONE_ELSE -> "Someone else told us";
        });
        moment(out, times, Moment.TOLD, "Customers were first told" + i.firstNoticeHow().map(Timeline::by).orElse(""));
        for (StatusUpdate u : i.updates()) {
            out.add(new Entry(u.writtenAt(), (u.sent() ? "Update sent: " : "Update written (not sent): ") + u.text(),
                    Precision.EXACT));
        }
        moment(out, times, Moment.RESTORED, "Service restored");
        moment(out, times, Moment.RESOLVED, "Resolved");
        for (CorrectiveAction a : i.actions()) {
            a.doneOn().filter(d -> a.status() == ActionStatus.DONE)
                    .ifPresent(d -> out.add(new Entry(endOf(d, zone), "Done: " + a.description(), Precision.DAY)));
        }
        List<Entry> later = new ArrayList<>();
        Optional<Instant> resolved = i.milestones().resolvedAt();
        for (LetterRecord l : letters) {
            Entry e = new Entry(l.at(), describe(l), Precision.EXACT);
            // A file saved after the end is a record about the incident, not part of it; a mail sent still is.
            boolean madeLater = l.format() != LetterFormat.MAIL && resolved.filter(l.at()::isAfter).isPresent();
            (madeLater ? later : out).add(e);
        }
        // Stable sort: events at the same moment keep the order above (happened before discovered, ...).
        out.sort(Comparator.comparing(Entry::at));
        later.sort(Comparator.comparing(Entry::at));
        return new Timeline(out, later, zone);
    }

    private static void moment(List<Entry> out, IncidentTimes times, Moment m, String what) {
        times.at(m).ifPresent(t -> out.add(new Entry(t, what,
                times.milestones().isApproximate(m) ? Precision.APPROXIMATE : Precision.EXACT)));
    }

    /** The last instant of day {@code d}: a done date is known to the day, so it comes after that day's events. */
    private static Instant endOf(LocalDate d, ZoneId zone) {
        return d.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    /** "1 Nov 2026, 07:30 CET", "about 1 Nov 2026, 07:30 CET", or only "9 Nov 2026" for a day. */
    public String when(Entry e, Locale locale) {
        if (e.precision() == Precision.DAY) {
            return Dates.of(locale).day(e.at().atZone(zone));
        }
        String at = when(e.at(), locale);
        return e.precision() == Precision.APPROXIMATE ? "about " + at : at;
    }

    /** "1 Nov 2026, 07:30 CET": a moment in this timeline's zone, the zone named. */
    public String when(Instant at, Locale locale) {
        return Dates.of(locale).moment(at.atZone(zone)) + " " + zoneName(at, zone, locale);
    }

    /** "CET" or "CEST" as the zone was at that moment; "UTC" or "UTC+02:00" for a fixed offset. */
    public static String zoneName(Instant at, ZoneId zone, Locale locale) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        }
        return DateTimeFormatter.ofPattern("zzz", locale).format(at.atZone(zone));
    }

    private static String by(NoticeChannel how) {
        return switch (how) {
            case PHONE -> " by phone";
            case IN_PERSON -> " in person";
            case EMAIL -> " by email";
            case LETTER -> " by letter";
            case SOCIAL -> " on social media";
        };
    }

    /** "Apology for Zoë saved as PDF": one letter that went out, in words. */
    public static String describe(LetterRecord l) {
        String kind = switch (l.kind()) {
            case APOLOGY -> "Apology";
            case STATUS_UPDATE -> "Status update";
            case FOLLOW_UP -> "Follow-up letter";
        };
        String to = l.customerName().isBlank() ? "a customer" : l.customerName();
        return switch (l.format()) {
            case PDF -> kind + " for " + to + " saved as PDF";
            case EML -> kind + " for " + to + " saved as an email draft";
            case MAIL -> kind + " emailed to " + to;
        };
    }
}
