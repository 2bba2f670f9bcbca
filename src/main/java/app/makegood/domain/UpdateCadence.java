package app.makegood.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often customers should hear how things stand while an incident is open: the worse the harm, the sooner
 * the next update. Once the fix is proven the follow-up letter takes over and no update is due any more.
 */
public final class UpdateCadence {
    private UpdateCadence() {
    }

    /** Time between updates: two hours for a severe incident, a day for a moderate one, three days for a minor one. */
    public static Duration interval(Severity severity) {
        return switch (severity) {
            case SEVERE -> Duration.ofHours(2);
            case MODERATE -> Duration.ofDays(1);
            case MINOR -> Duration.ofDays(3);
        };
    }

    /** When the next update is due after one was sent at {@code sentAt}. */
    public static Instant suggestedNext(Severity severity, Instant sentAt) {
        return sentAt.plus(interval(severity));
    }

    /** Whether updates are still owed at this status (open, customers told, fixed). */
    public static boolean applies(IncidentStatus status) {
        return status.compareTo(IncidentStatus.FIX_PROVEN) < 0;
    }

    /** The next update the incident still owes, if planned and still owed at its status. */
    public static Optional<Instant> due(Optional<Instant> nextUpdateDue, IncidentStatus status) {
        return applies(status) ? nextUpdateDue : Optional.empty();
    }

    /** How late the next update is, when it is past due; empty when on time, not planned, or no longer owed. */
    public static Optional<Duration> overdueBy(Optional<Instant> nextUpdateDue, IncidentStatus status, Instant now) {
        return due(nextUpdateDue, status).filter(now::isAfter).map(d -> Duration.between(d, now));
    }

    public static boolean isOverdue(Optional<Instant> nextUpdateDue, IncidentStatus status, Instant now) {
        return overdueBy(nextUpdateDue, status, now).isPresent();
    }

    public static boolean isOverdue(Incident i, Instant now) {
        return isOverdue(i.nextUpdateDue(), i.status(), now);
    }
}
