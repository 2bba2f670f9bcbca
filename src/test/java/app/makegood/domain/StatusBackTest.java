package app.makegood.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a status can be moved back, one step, when the fix did not hold. */
class StatusBackTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void eachStatusMovesBackOneStep() {
        assertEquals(Optional.of(IncidentStatus.CUSTOMERS_TOLD), StatusRules.backTo(at(IncidentStatus.FIXED, true)));
        assertEquals(Optional.of(IncidentStatus.FIXED), StatusRules.backTo(at(IncidentStatus.FIX_PROVEN, true)));
        assertEquals(Optional.of(IncidentStatus.FIX_PROVEN), StatusRules.backTo(at(IncidentStatus.CLOSED, true)));
        assertEquals(Optional.empty(), StatusRules.backTo(at(IncidentStatus.OPEN, false)), "nothing before Open");
    }

    @Test
    void customersToldStaysWhileTheFirstNoticeIsRecorded() {
        assertEquals(Optional.empty(), StatusRules.backTo(at(IncidentStatus.CUSTOMERS_TOLD, true)),
                "they were told: that is corrected with Change..., not by a status");
        assertEquals(Optional.of(IncidentStatus.OPEN), StatusRules.backTo(at(IncidentStatus.CUSTOMERS_TOLD, false)));
    }

    @Test
    void belowFixedTheIncidentIsNoLongerResolved() {
        assertTrue(StatusRules.unresolves(IncidentStatus.FIXED, IncidentStatus.CUSTOMERS_TOLD));
        assertTrue(StatusRules.unresolves(IncidentStatus.CLOSED, IncidentStatus.OPEN));
        assertFalse(StatusRules.unresolves(IncidentStatus.FIX_PROVEN, IncidentStatus.FIXED), "still fixed");
        assertFalse(StatusRules.unresolves(IncidentStatus.CUSTOMERS_TOLD, IncidentStatus.OPEN));
    }

    private static Incident at(IncidentStatus status, boolean told) {
        return SampleIncidents.edit(SampleIncidents.rich("Late cakes", T), e -> {
            e.status = status;
            e.firstNoticeAt = told ? Optional.of(T) : Optional.empty();
        });
    }
}
