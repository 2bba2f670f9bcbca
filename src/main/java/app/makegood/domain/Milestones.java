package app.makegood.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The later times of an incident and how sure the owner is of them: when the service was restored (mitigated) and
 * when the incident was resolved; which of the five {@link Moment}s are estimates; and the zone the owner recorded the
 * times in, so an export made elsewhere still prints them as the owner meant them. Empty for incidents recorded
 * before these were kept.
 *
 * @param approximate the moments the owner marked as estimates ("about 9 in the morning")
 * @param zone        where the times were recorded; empty when not known (then the exporting computer's zone is used)
 */
public record Milestones(Optional<Instant> restoredAt, Optional<Instant> resolvedAt, Set<Moment> approximate,
                         Optional<ZoneId> zone) {
    public static final Milestones NONE = new Milestones(null, null, null, null);

    public Milestones {
        restoredAt = Objects.requireNonNullElse(restoredAt, Optional.empty());
        resolvedAt = Objects.requireNonNullElse(resolvedAt, Optional.empty());
        // Enum order: the same set always reads and writes the same way.
        approximate = Collections.unmodifiableSet(enumSet(Objects.requireNonNullElse(approximate, Set.of())));
        zone = Objects.requireNonNullElse(zone, Optional.empty());
    }

    public boolean isApproximate(Moment m) {
        return approximate.contains(m);
    }

    public Milestones withResolvedAt(Optional<Instant> at) {
        return new Milestones(restoredAt, at, approximate, zone);
    }

    /** The zone to print the times in: the recorded one, else {@code fallback}. */
    public ZoneId zoneOr(ZoneId fallback) {
        return zone.orElse(fallback);
    }

    private static EnumSet<Moment> enumSet(Collection<Moment> moments) {
        EnumSet<Moment> out = EnumSet.noneOf(Moment.class);
        moments.stream().filter(Objects::nonNull).forEach(out::add);
        return out;
    }
}
