package app.makegood.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "Get there first", measured: the time from discovery (or from the customer's report, when a customer told us)
 * until customers first heard from us, and whether we told them before they told us.
 *
 * @param state   where the incident stands on the clock
 * @param from    when the clock started: the discovery or the customer's report, else when the incident was opened
 * @param elapsed time so far while the clock runs; the time to first notice once it stopped
 */
public record NoticeClock(State state, Instant from, Duration elapsed) {

    /** Where an incident stands on the first-notice clock. */
    public enum State {
        /** We found it ourselves and customers have not been told yet: get there first. */
        WAITING,
        /** A customer told us and has not heard back yet: reply now. */
        CUSTOMER_WAITING,
        /** Customers heard it from us first. */
        TOLD_FIRST,
        /** We told customers, but a customer had told us first. */
        TOLD_AFTER_CUSTOMER,
        /** Closed without customers ever being told: the clock no longer runs. */
        NEVER_TOLD
    }

    public static NoticeClock of(Incident i, Instant now) {
        return of(i.discoveredAt().orElse(i.createdAt()), i.discoveredBy(), i.firstNoticeAt(), i.status(), now);
    }

    /**
     * @param from when it was discovered (or reported by the customer)
     * @param now  the current time; the clock runs up to it while nobody has been told
     */
    public static NoticeClock of(Instant from, Discoverer by, Optional<Instant> firstNoticeAt, IncidentStatus status,
                                 Instant now) {
        boolean customerFirst = by == Discoverer.CUSTOMER;
        if (firstNoticeAt.isPresent()) {
            return new NoticeClock(customerFirst ? State.TOLD_AFTER_CUSTOMER : State.TOLD_FIRST, from,
                    positive(Duration.between(from, firstNoticeAt.get())));
        }
        if (status == IncidentStatus.CLOSED) {
            return new NoticeClock(State.NEVER_TOLD, from, Duration.ZERO);
        }
        return new NoticeClock(customerFirst ? State.CUSTOMER_WAITING : State.WAITING, from,
                positive(Duration.between(from, now)));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** True while customers wait for a first word from us. */
    public boolean running() {
        return state == State.WAITING || state == State.CUSTOMER_WAITING;
    }

    /** From discovery to the first message to customers, once there was one. */
    public Optional<Duration> timeToFirstNotice() {
        return state == State.TOLD_FIRST || state == State.TOLD_AFTER_CUSTOMER ? Optional.of(elapsed) : Optional.empty();
    }

    /** Yes when we told customers before any of them told us; no when a customer told us first; open until told. */
    public Optional<Boolean> weToldThemFirst() {
        return switch (state) {
            case TOLD_FIRST -> Optional.of(true);
            case CUSTOMER_WAITING, TOLD_AFTER_CUSTOMER -> Optional.of(false);
            case WAITING, NEVER_TOLD -> Optional.empty();
        };
    }
}
