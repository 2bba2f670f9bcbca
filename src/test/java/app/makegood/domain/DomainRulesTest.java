package app.makegood.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DomainRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void moneyAcceptsDotOrCommaAndAtMostTwoDecimals() {
        assertEquals(Optional.of(new BigDecimal("12.50")), Validation.parseMoney(" 12,5 "));
        assertEquals(Optional.of(new BigDecimal("7.00")), Validation.parseMoney("7"));
        assertTrue(Validation.parseMoney("12.505").isEmpty());
        assertTrue(Validation.parseMoney("-3").isEmpty());
        assertTrue(Validation.parseMoney("1 000").isEmpty());
        assertTrue(Validation.isMoneyOrBlank(""));
    }

    @Test
    void emailsAreCheckedLoosely() {
        assertTrue(Validation.isEmail("zoe@example.co.uk"));
        assertFalse(Validation.isEmail("zoe@example"));
        assertFalse(Validation.isEmail("zoe example@x.com"));
    }

    @Test
    void discoveryCannotPrecedeTheIncident() {
        assertFalse(Validation.inOrder(Optional.of(NOW), Optional.of(NOW.minusSeconds(60))));
        assertTrue(Validation.inOrder(Optional.of(NOW), Optional.of(NOW)));
        assertTrue(Validation.inOrder(Optional.empty(), Optional.of(NOW)));
    }

    @Test
    void statusesMoveForwardInOrderAndStopAtClosed() {
        assertEquals(Optional.of(IncidentStatus.CUSTOMERS_TOLD), IncidentStatus.OPEN.next());
        assertEquals(Optional.of(IncidentStatus.FIX_PROVEN), IncidentStatus.FIXED.next());
        assertTrue(IncidentStatus.CLOSED.next().isEmpty());
    }

    @Test
    void nextFollowUpIsTheEarliestOpenDate() {
        CorrectiveAction done = new CorrectiveAction("a", "x", "", Optional.of(LocalDate.of(2026, 11, 1)),
                ActionStatus.DONE, "", List.of(), Optional.of(LocalDate.of(2026, 11, 1)), "");
        CorrectiveAction open = new CorrectiveAction("b", "y", "", Optional.of(LocalDate.of(2026, 11, 25)),
                ActionStatus.IN_PROGRESS, "", List.of(), Optional.empty(), "");
        Incident i = new Incident("x", "t", null, null, null, null, null, null, null, "", "", "", List.of(), List.of(),
                "", List.of(), List.of(done, open), Optional.of(LocalDate.of(2026, 12, 1)), NOW, null);
        assertEquals(Optional.of(LocalDate.of(2026, 11, 25)), i.nextFollowUp());
        assertTrue(open.isOverdue(LocalDate.of(2026, 11, 26)));
        assertFalse(done.isOverdue(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void fiveWhysEditing() {
        List<WhyStep> chain = List.of(new WhyStep("q1", "a1", false), new WhyStep("q2", "a2", false));
        assertEquals("a2", FiveWhys.move(chain, 1, -1).get(0).answer());
        assertEquals(chain, FiveWhys.move(chain, 0, -1));
        assertEquals(3, FiveWhys.insert(chain, 1, new WhyStep("", "", false)).size());
        assertEquals(List.of(false, true), FiveWhys.markRootCause(chain, 1).stream().map(WhyStep::rootCause).toList());
        assertEquals("Why? (The parcel was late)", FiveWhys.suggestedQuestion("The parcel was late."));
        assertEquals(5, FiveWhys.emptyChain().size());
    }

    @Test
    void fileNamesAreSafeEverywhere() {
        assertEquals("a_b_c", FileNames.safe("a/b:c", "x"));
        assertEquals("x", FileNames.safe("..", "x"));
        assertEquals("x", FileNames.safe("   ", "x"));
    }
}
