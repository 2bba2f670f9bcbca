package app.makegood.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The five times of an incident and the stretches between them: time to detect (started to discovered), to tell
 * (discovered, or started when that is not known, to customers first told), to restore and to resolve (from the
 * start, or the discovery when the start is not known). A stretch with a missing end is not measured.
 */
public record IncidentTimes(Optional<Instant> started, Optional<Instant> discovered, Optional<Instant> told,
                            Milestones milestones) {

    /** What is measured, from which moment (or the fallback when it is not recorded) to which. */
    public enum Measure {
        DETECT(Moment.STARTED, Moment.STARTED, Moment.DISCOVERED),
        TELL(Moment.DISCOVERED, Moment.STARTED, Moment.TOLD),
        RESTORE(Moment.STARTED, Moment.DISCOVERED, Moment.RESTORED),
        RESOLVE(Moment.STARTED, Moment.DISCOVERED, Moment.RESOLVED);

        private final Moment from;
        private final Moment orFrom;
        private final Moment to;

        Measure(Moment from, Moment orFrom, Moment to) {
            this.from = from;
            this.orFrom = orFrom;
            this.to = to;
        }
    }

    public IncidentTimes {
        started = Objects.requireNonNullElse(started, Optional.empty());
        discovered = Objects.requireNonNullElse(discovered, Optional.empty());
        told = Objects.requireNonNullElse(told, Optional.empty());
        milestones = Objects.requireNonNullElse(milestones, Milestones.NONE);
    }

    public static IncidentTimes of(Incident i) {
        return new IncidentTimes(i.happenedAt(), i.discoveredAt(), i.firstNoticeAt(), i.milestones());
    }

    public Optional<Instant> at(Moment m) {
        return switch (m) {
            case STARTED -> started;
            case DISCOVERED -> discovered;
            case TOLD -> told;
            case RESTORED -> milestones.restoredAt();
            case RESOLVED -> milestones.resolvedAt();
        };
    }

    public Optional<Span> timeTo(Measure m) {
        Moment from = at(m.from).isPresent() ? m.from : m.orFrom;
        return span(from, at(from), at(m.to), m.to);
    }

    /** While not resolved: how long it has been open, from the start (or the discovery) until {@code now}. */
    public Optional<Span> openSoFar(Instant now) {
        if (milestones.resolvedAt().isPresent()) {
            return Optional.empty();
        }
        Moment from = started.isPresent() ? Moment.STARTED : Moment.DISCOVERED;
        return span(from, at(from), Optional.of(now), from);
    }

    private Optional<Span> span(Moment fromMoment, Optional<Instant> from, Optional<Instant> to, Moment toMoment) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        boolean approximate = milestones.isApproximate(fromMoment) || milestones.isApproximate(toMoment);
        return Optional.of(Span.between(from.get(), to.get(), approximate));
    }
}
