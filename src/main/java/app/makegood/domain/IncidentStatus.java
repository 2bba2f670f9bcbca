package app.makegood.domain;

import java.util.Optional;

/** The incident's path from first discovery to closure, in order. */
public enum IncidentStatus {
    OPEN, CUSTOMERS_TOLD, FIXED, FIX_PROVEN, CLOSED;

    /** The status that naturally follows this one, if any. */
    public Optional<IncidentStatus> next() {
        IncidentStatus[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /** The status before this one, if any. */
    public Optional<IncidentStatus> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
