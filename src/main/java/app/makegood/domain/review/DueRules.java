package app.makegood.domain.review;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.OfferState;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.UpdateCadence;
import app.makegood.domain.letters.FollowUp;
import app.makegood.domain.LetterRecord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What past incidents still ask of the owner: corrective actions overdue or due within {@value #SOON_DAYS} days,
 * follow-up letters due, the next status update due today or earlier, updates written but not sent, and customers
 * offered amends who have not answered.
 * A closed incident asks for nothing.
 */
public final class DueRules {
    public static final int SOON_DAYS = 7;
    private static final int EXCERPT = 60;

    private DueRules() {
    }

    public static List<DueItem> of(Incident incident, List<LetterRecord> letters, LocalDate today, ZoneId zone) {
        List<DueItem> due = new ArrayList<>();
        if (incident.status() == IncidentStatus.CLOSED) {
            return due;
        }
        LocalDate soon = today.plusDays(SOON_DAYS);
        for (CorrectiveAction a : incident.actions()) {
            if (!a.status().isOpen() || a.due().isEmpty() || a.due().get().isAfter(soon)) {
                continue;
            }
            DueKind kind = a.isOverdue(today) ? DueKind.ACTION_OVERDUE : DueKind.ACTION_DUE_SOON;
            due.add(item(incident, kind, a.description(), a.due()));
        }
        boolean followUpSent = FollowUp.sentAt(letters).isPresent();
        boolean followUpDated = incident.followUpDue().filter(d -> !d.isAfter(soon)).isPresent();
        if (!followUpSent && (followUpDated || FollowUp.isProposed(incident, letters))) {
            due.add(item(incident, DueKind.FOLLOW_UP_LETTER, "", incident.followUpDue()));
        }
        UpdateCadence.due(incident.nextUpdateDue(), incident.status())
                .map(at -> at.atZone(zone).toLocalDate()).filter(day -> !day.isAfter(today))
                .ifPresent(day -> due.add(item(incident, DueKind.UPDATE_DUE, "", Optional.of(day))));
        for (StatusUpdate u : incident.updates()) {
            if (!u.sent() && !u.text().isBlank()) {
                due.add(item(incident, DueKind.UPDATE_NOT_SENT, excerpt(u.text()),
                        Optional.of(u.writtenAt().atZone(zone).toLocalDate())));
            }
        }
        for (AffectedCustomer c : incident.customers()) {
            if (c.offerState() == OfferState.OFFERED) {
                due.add(item(incident, DueKind.OFFER_UNANSWERED, c.name().isBlank() ? c.email() : c.name(), Optional.empty()));
            }
        }
        return due;
    }

    /** Overdue first, then by date (undated items count as due today), then by incident title. */
    public static List<DueItem> sorted(List<DueItem> items, LocalDate today) {
        return items.stream().sorted(Comparator.comparing((DueItem i) -> i.date().orElse(today))
                .thenComparing(DueItem::incidentTitle, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(i -> i.kind().ordinal())).toList();
    }

    private static DueItem item(Incident incident, DueKind kind, String subject, Optional<LocalDate> date) {
        return new DueItem(incident.id(), incident.title(), kind, subject.strip(), date);
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1).stripTrailing() + "\u2026";
    }
}
