package app.makegood.domain.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the Due view: which incident, what to do and by when. {@code subject} names the thing itself
 * (the action, the customer, the start of the update), empty when the kind says it all.
 */
public record DueItem(String incidentId, String incidentTitle, DueKind kind, String subject, Optional<LocalDate> date) {
    public DueItem {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(kind, "kind");
        incidentTitle = Objects.requireNonNullElse(incidentTitle, "");
        subject = Objects.requireNonNullElse(subject, "");
        date = Objects.requireNonNullElse(date, Optional.empty());
    }

    public boolean isOverdue(LocalDate today) {
        return date.map(today::isAfter).orElse(false);
    }
}
