package app.makegood.domain.review;

import app.makegood.domain.Incident;
import app.makegood.domain.IncidentTimes;
import app.makegood.domain.IncidentTimes.Measure;
import app.makegood.domain.Span;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The Review's headline durations over the months shown: the median time to tell customers and the median time to
 * resolve. Incidents whose times are out of order are left out; an estimate among them makes the median one.
 */
public record TimeMedians(Optional<Span> toTell, Optional<Span> toResolve) {
    public static final TimeMedians NONE = new TimeMedians(Optional.empty(), Optional.empty());

    public static TimeMedians of(Collection<Incident> incidents) {
        return new TimeMedians(median(incidents, Measure.TELL), median(incidents, Measure.RESOLVE));
    }

    private static Optional<Span> median(Collection<Incident> incidents, Measure m) {
        List<Span> spans = incidents.stream().flatMap(i -> IncidentTimes.of(i).timeTo(m).stream())
                .filter(s -> !s.outOfOrder()).toList();
        boolean approximate = spans.stream().anyMatch(Span::approximate);
        return Patterns.median(spans.stream().map(Span::length).toList())
                .map(d -> new Span(d, approximate, false));
    }
}
