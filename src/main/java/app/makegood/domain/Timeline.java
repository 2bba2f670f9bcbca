package app.makegood.domain;

import app.makegood.domain.letters.LetterRecord;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The incident's dated story, oldest first, built from what the app knows. */
public final class Timeline {
    /** One dated event. */
    public record Entry(Instant at, String what) {
    }

    private Timeline() {
    }

    /**
     * The incident's story with the letters that went out about it.
     *
     * @param zone where the business is: a done date is placed at the start of that day there
     */
    public static List<Entry> of(Incident i, List<LetterRecord> letters, ZoneId zone) {
        List<Entry> out = new ArrayList<>();
        i.happenedAt().ifPresent(t -> out.add(new Entry(t, "It happened")));
        i.discoveredAt().ifPresent(t -> out.add(new Entry(t, switch (i.discoveredBy()) {
            case US -> "We discovered it";
            case CUSTOMER -> "A customer told us";
            case SOMEONE_ELSE -> "Someone else told us";
        })));
        i.firstNoticeAt().ifPresent(t -> out.add(new Entry(t, "Customers were first told"
                + i.firstNoticeHow().map(Timeline::by).orElse(""))));
        for (StatusUpdate u : i.updates()) {
            out.add(new Entry(u.writtenAt(), (u.sent() ? "Update sent: " : "Update written (not sent): ") + u.text()));
        }
        for (CorrectiveAction a : i.actions()) {
            a.doneOn().filter(d -> a.status() == ActionStatus.DONE)
                    .ifPresent(d -> out.add(new Entry(d.atStartOfDay(zone).toInstant(), "Done: " + a.description())));
        }
        for (LetterRecord l : letters) {
            out.add(new Entry(l.at(), describe(l)));
        }
        // Stable sort: events at the same moment keep the order above (happened before discovered, ...).
        out.sort(Comparator.comparing(Entry::at));
        return out;
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
