package app.makegood.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the incident list: enough to find an incident without loading all of it, and to show its
 * first-notice clock and whether an update is overdue.
 */
public record IncidentSummary(
        String id,
        String title,
        Category category,
        Severity severity,
        IncidentStatus status,
        Instant openedAt,
        int customersAffected,
        Optional<LocalDate> nextFollowUp,
        Optional<Instant> discoveredAt,
        Discoverer discoveredBy,
        Optional<Instant> firstNoticeAt,
        Optional<Instant> nextUpdateDue,
        Optional<Instant> happenedAt,
        Milestones milestones) {

    public IncidentSummary {
        nextFollowUp = Objects.requireNonNullElse(nextFollowUp, Optional.empty());
        discoveredAt = Objects.requireNonNullElse(discoveredAt, Optional.empty());
        discoveredBy = Objects.requireNonNullElse(discoveredBy, Discoverer.US);
        firstNoticeAt = Objects.requireNonNullElse(firstNoticeAt, Optional.empty());
        nextUpdateDue = Objects.requireNonNullElse(nextUpdateDue, Optional.empty());
        happenedAt = Objects.requireNonNullElse(happenedAt, Optional.empty());
        milestones = Objects.requireNonNullElse(milestones, Milestones.NONE);
    }

    /** A row without the times the list shows the duration from (the form before they were kept). */
    public IncidentSummary(String id, String title, Category category, Severity severity, IncidentStatus status,
                           Instant openedAt, int customersAffected, Optional<LocalDate> nextFollowUp,
                           Optional<Instant> discoveredAt, Discoverer discoveredBy, Optional<Instant> firstNoticeAt,
                           Optional<Instant> nextUpdateDue) {
        this(id, title, category, severity, status, openedAt, customersAffected, nextFollowUp, discoveredAt,
                discoveredBy, firstNoticeAt, nextUpdateDue, Optional.empty(), Milestones.NONE);
    }

    /** A row without the first-notice and cadence facts (the clock then starts when the incident was opened). */
    public IncidentSummary(String id, String title, Category category, Severity severity, IncidentStatus status,
                           Instant openedAt, int customersAffected, Optional<LocalDate> nextFollowUp) {
        this(id, title, category, severity, status, openedAt, customersAffected, nextFollowUp, Optional.empty(),
                Discoverer.US, Optional.empty(), Optional.empty());
    }

    public NoticeClock noticeClock(Instant now) {
        return NoticeClock.of(discoveredAt.orElse(openedAt), discoveredBy, firstNoticeAt, status, now);
    }

    /**
     * The list's duration: time to resolve once resolved; until then, while the incident is not closed, how long it
     * has been open so far (from the start, the discovery, or when it was opened here).
     */
    public Optional<Span> resolvedIn(Instant now) {
        IncidentTimes times = new IncidentTimes(happenedAt, discoveredAt.or(() -> Optional.of(openedAt)),
                firstNoticeAt, milestones);
        Optional<Span> resolved = times.timeTo(IncidentTimes.Measure.RESOLVE);
        return resolved.isPresent() || status == IncidentStatus.CLOSED ? resolved : times.openSoFar(now);
    }

    public boolean updateOverdue(Instant now) {
        return UpdateCadence.isOverdue(nextUpdateDue, status, now);
    }
}
