package app.makegood.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One row of the incident list: enough to find an incident without loading all of it. */
public record IncidentSummary(
        String id,
        String title,
        Category category,
        Severity severity,
        IncidentStatus status,
        Instant openedAt,
        int customersAffected,
        Optional<LocalDate> nextFollowUp) {
}
