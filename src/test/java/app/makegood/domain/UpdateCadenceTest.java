package app.makegood.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateCadenceTest {
    private static final Instant SENT = Instant.parse("2026-11-20T09:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T12:30:00Z"), ZoneOffset.UTC);

    @Test
    void theWorseTheHarmTheSoonerTheNextUpdate() {
        assertEquals(Instant.parse("2026-11-20T11:00:00Z"), UpdateCadence.suggestedNext(Severity.SEVERE, SENT));
        assertEquals(Instant.parse("2026-11-21T09:00:00Z"), UpdateCadence.suggestedNext(Severity.MODERATE, SENT));
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), UpdateCadence.suggestedNext(Severity.MINOR, SENT));
    }

    @Test
    void anUpdatePastItsTimeIsOverdueWhileTheIncidentIsOpen() {
        Optional<Instant> due = Optional.of(UpdateCadence.suggestedNext(Severity.SEVERE, SENT));
        assertEquals(Optional.of(Duration.ofMinutes(90)),
                UpdateCadence.overdueBy(due, IncidentStatus.CUSTOMERS_TOLD, NOW.instant()));
        assertTrue(UpdateCadence.isOverdue(due, IncidentStatus.OPEN, NOW.instant()));
        assertTrue(UpdateCadence.isOverdue(due, IncidentStatus.FIXED, NOW.instant()));
        assertFalse(UpdateCadence.isOverdue(due, IncidentStatus.CUSTOMERS_TOLD, Instant.parse("2026-11-20T10:59:59Z")));
        assertFalse(UpdateCadence.isOverdue(due, IncidentStatus.CUSTOMERS_TOLD, due.get()), "due now is not late yet");
    }

    @Test
    void onceTheFixIsProvenNoUpdateIsOwed() {
        Optional<Instant> due = Optional.of(SENT);
        assertFalse(UpdateCadence.isOverdue(due, IncidentStatus.FIX_PROVEN, NOW.instant()));
        assertFalse(UpdateCadence.isOverdue(due, IncidentStatus.CLOSED, NOW.instant()));
        assertEquals(Optional.empty(), UpdateCadence.due(due, IncidentStatus.CLOSED));
    }

    @Test
    void noPlannedUpdateIsNeverOverdue() {
        assertFalse(UpdateCadence.isOverdue(Optional.empty(), IncidentStatus.OPEN, NOW.instant()));
        Incident i = edit(minimal("Late van", SENT), e -> e.nextUpdateDue = Optional.of(SENT.plusSeconds(60)));
        assertTrue(UpdateCadence.isOverdue(i, NOW.instant()));
    }
}
