package app.makegood.domain;

import app.makegood.domain.IncidentTimes.Measure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentTimesTest {
    private static final Instant T = Instant.parse("2026-11-01T06:00:00Z");

    private static Optional<Instant> at(long minutes) {
        return Optional.of(T.plus(Duration.ofMinutes(minutes)));
    }

    private static IncidentTimes times(Optional<Instant> started, Optional<Instant> discovered, Optional<Instant> told,
                                       Optional<Instant> restored, Optional<Instant> resolved, Moment... approximate) {
        return new IncidentTimes(started, discovered, told,
                new Milestones(restored, resolved, Set.of(approximate), Optional.empty()));
    }

    private static String text(IncidentTimes t, Measure m) {
        return t.timeTo(m).map(Span::text).orElse("-");
    }

    @Test
    void eachDurationRunsBetweenItsTwoTimes() {
        IncidentTimes t = times(at(0), at(30), at(130), at(24 * 60 + 60), at(3 * 24 * 60));
        assertEquals("30 min", text(t, Measure.DETECT));
        assertEquals("1 h 40 min", text(t, Measure.TELL), "from the discovery");
        assertEquals("1 d 1 h", text(t, Measure.RESTORE), "from the start");
        assertEquals("3 d", text(t, Measure.RESOLVE));
    }

    @Test
    void aMissingStartFallsBackAndAMissingEndIsNotMeasured() {
        IncidentTimes t = times(Optional.empty(), at(30), Optional.empty(), Optional.empty(), at(150));
        assertEquals("-", text(t, Measure.DETECT), "no start, nothing to detect from");
        assertEquals("-", text(t, Measure.TELL), "customers not told");
        assertEquals("2 h", text(t, Measure.RESOLVE), "from the discovery when the start is not known");
        assertEquals("1 h", text(times(at(0), Optional.empty(), at(60), Optional.empty(), Optional.empty()),
                Measure.TELL), "to tell runs from the start when the discovery is not known");
    }

    @Test
    void timesOutOfOrderNeverGiveANegativeDuration() {
        IncidentTimes t = times(at(60), at(0), Optional.empty(), Optional.empty(), Optional.empty());
        Span detect = t.timeTo(Measure.DETECT).orElseThrow();
        assertTrue(detect.outOfOrder());
        assertEquals(Duration.ZERO, detect.length());
        assertEquals("not known (the times are out of order)", detect.text());
        assertThrows(IllegalArgumentException.class, () -> new Span(Duration.ofMinutes(-1), false, false));
    }

    @Test
    void anEstimateAtEitherEndMakesTheDurationAnEstimate() {
        IncidentTimes t = times(at(0), at(167), Optional.empty(), at(47 * 60), at(3 * 24 * 60 + 300),
                Moment.STARTED);
        assertEquals("about 3 h", text(t, Measure.DETECT), "2 h 47 min, rounded to the hour");
        assertEquals("about 2 d", text(t, Measure.RESTORE));
        assertEquals("about 3 d", text(t, Measure.RESOLVE));
        assertEquals("about 20 min", text(times(at(0), at(20), Optional.empty(), Optional.empty(), Optional.empty(),
                Moment.DISCOVERED), Measure.DETECT));
        assertEquals("2 h 47 min", text(times(at(0), at(167), Optional.empty(), Optional.empty(), Optional.empty(),
                Moment.RESOLVED), Measure.DETECT), "an estimate elsewhere changes nothing");
    }

    @Test
    void anUnresolvedIncidentIsOpenSoFar() {
        IncidentTimes open = times(at(0), at(30), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals("2 h", open.openSoFar(T.plus(Duration.ofHours(2))).map(Span::text).orElse("-"));
        IncidentTimes resolved = times(at(0), at(30), Optional.empty(), Optional.empty(), at(90));
        assertEquals(Optional.empty(), resolved.openSoFar(T.plus(Duration.ofHours(2))));
    }

    @Test
    void theIncidentGivesItsTimes() {
        Incident i = SampleIncidents.rich("Cake", T);
        IncidentTimes t = IncidentTimes.of(i);
        assertEquals(i.happenedAt(), t.at(Moment.STARTED));
        assertEquals(i.firstNoticeAt(), t.at(Moment.TOLD));
        assertEquals(i.milestones().resolvedAt(), t.at(Moment.RESOLVED));
        assertEquals("about 4 h", text(t, Measure.RESTORE),
                "06:30 (estimated) to 10:45");
    }

    @Test
    void theListShowsTimeToResolveOrHowLongItHasBeenOpen() {
        Instant now = T.plus(Duration.ofDays(2));
        IncidentSummary open = summary(IncidentStatus.FIXED, Milestones.NONE);
        assertEquals("2 d", open.resolvedIn(now).map(Span::text).orElse("-"), "open so far, from the start");
        IncidentSummary resolved = summary(IncidentStatus.FIXED,
                new Milestones(null, at(90), Set.of(Moment.RESOLVED), null));
        assertEquals("about 2 h", resolved.resolvedIn(now).map(Span::text).orElse("-"));
        assertEquals(Optional.empty(), summary(IncidentStatus.CLOSED, Milestones.NONE).resolvedIn(now),
                "closed without a resolved time: no clock running");
        IncidentSummary noStart = new IncidentSummary("i", "t", null, null, IncidentStatus.OPEN, T.plusSeconds(600), 0,
                null);
        assertEquals("1 d 23 h", noStart.resolvedIn(now).map(Span::text).orElse("-"), "from when it was opened here");
    }

    private static IncidentSummary summary(IncidentStatus status, Milestones m) {
        return new IncidentSummary("i", "t", null, null, status, T.plusSeconds(3600), 0, null, at(30), null, null,
                null, Optional.of(T), m);
    }
}
