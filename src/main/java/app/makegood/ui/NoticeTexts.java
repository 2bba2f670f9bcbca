package app.makegood.ui;

import app.makegood.domain.Dates;
import app.makegood.domain.NoticeClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The first-notice clock and the next update in words, for the incident list and the wizard header. */
public final class NoticeTexts {
    private final Messages messages;
    private final ZoneId zone;

    public NoticeTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** "2 h 10 min", "3 d 4 h", "5 min", "less than a minute". */
    public String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return messages.get("notice.span.now");
        }
        if (minutes < 60) {
            return messages.get("notice.span.min", minutes);
        }
        if (d.toHours() < 24) {
            return d.toMinutesPart() == 0 ? messages.get("notice.span.h", d.toHours())
                    : messages.get("notice.span.hMin", d.toHours(), d.toMinutesPart());
        }
        return d.toHoursPart() == 0 ? messages.get("notice.span.d", d.toDays())
                : messages.get("notice.span.dH", d.toDays(), d.toHoursPart());
    }

    /** The wizard header's sentence: "Discovered 2 h 10 min ago — customers not told yet". */
    public String header(NoticeClock clock, String reportingCustomer) {
        String span = span(clock.elapsed());
        return switch (clock.state()) {
            case WAITING -> messages.get("notice.header.waiting", span);
            case CUSTOMER_WAITING -> messages.get("notice.header.customerWaiting",
                    reportingCustomer.isBlank() ? messages.get("notice.aCustomer") : reportingCustomer, span);
            case TOLD_FIRST -> messages.get("notice.header.toldFirst", span);
            case TOLD_AFTER_CUSTOMER -> messages.get("notice.header.toldAfter", span);
            case NEVER_TOLD -> "";
        };
    }

    /** The list's short form: "⏱ 3 h — not told yet". */
    public String cell(NoticeClock clock) {
        String span = span(clock.elapsed());
        return switch (clock.state()) {
            case WAITING -> messages.get("notice.cell.waiting", span);
            case CUSTOMER_WAITING -> messages.get("notice.cell.customerWaiting", span);
            case TOLD_FIRST -> messages.get("notice.cell.toldFirst", span);
            case TOLD_AFTER_CUSTOMER -> messages.get("notice.cell.toldAfter", span);
            case NEVER_TOLD -> messages.get("notice.cell.neverTold");
        };
    }

    /** "Next update due 20 Nov 2026, 14:00" or "Update overdue by 1 h 20 min"; empty when none is planned. */
    public String nextUpdate(Optional<Instant> due, Instant now) {
        if (due.isEmpty()) {
            return "";
        }
        return now.isAfter(due.get()) ? messages.get("update.overdue", span(Duration.between(due.get(), now)))
                : messages.get("update.due", when(due.get()));
    }

    public String when(Instant at) {
        return Dates.local().moment(at.atZone(zone));
    }

    /** The list's column: the same style as everywhere else, so the list and the wizard agree. */
    public String shortWhen(Instant at) {
        return when(at);
    }
}
