package app.makegood.ui.wizard;

import app.makegood.domain.OfferState;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.LetterPart;
import app.makegood.domain.coach.Rule;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterCoachTest {
    private final WizardViewModel vm = new WizardViewModel(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
    private final LetterCoach coach = vm.coach();

    @Test
    void findsAQualifiedApologyAndRewritesIt() {
        vm.admitProperty().set("We're sorry, but the parcel was late.");
        coach.refresh();
        Finding but = only(coach.findings(LetterPart.ADMIT), Rule.QUALIFIED_APOLOGY);
        assertEquals("but", but.text());
        coach.apply(but);
        assertEquals("We're sorry. The parcel was late.", vm.admitProperty().get());
        assertTrue(coach.findings(LetterPart.ADMIT).stream().noneMatch(f -> f.rule() == Rule.QUALIFIED_APOLOGY));
    }

    @Test
    void aDismissedFindingStaysAwayAndIsSavedWithTheIncident() {
        vm.thankProperty().set("Thank you, valued customer.");
        coach.refresh();
        Finding filler = only(coach.findings(LetterPart.THANK), Rule.CORPORATE_FILLER);
        coach.dismiss(filler);
        assertTrue(coach.findings(LetterPart.THANK).isEmpty());
        assertEquals(List.of(filler.key()), vm.snapshot().dismissedFindings());
    }

    @Test
    void emptyPartsAreNotNaggedAndTheChecklistFollowsTheLetter() {
        coach.refresh();
        assertTrue(coach.findings(LetterPart.ADMIT).isEmpty());
        assertFalse(coach.checklistProperty().get().admitted());

        vm.admitProperty().set("We sent you the wrong shoes, and I am sorry.");
        vm.addCustomer().offerStateProperty().set(OfferState.OFFERED);
        coach.refresh();
        LetterCoach.Checklist c = coach.checklistProperty().get();
        assertTrue(c.admitted() && c.amendsOffered());
        assertFalse(c.thanked() || c.explained() || c.fixProven());
        assertEquals(0, c.openProblems());
    }

    @Test
    void anOfferNoteNeedsAFigureOnlyWhenTheAmountIsEmpty() {
        String note = "We will send you a voucher.";
        assertTrue(coach.offerNoteFindings(note, false).stream().anyMatch(f -> f.rule() == Rule.AMENDS_WITHOUT_VALUE));
        assertTrue(coach.offerNoteFindings(note, true).isEmpty());
        assertTrue(coach.offerNoteFindings("Sorry for any inconvenience.", true).stream()
                .anyMatch(f -> f.rule() == Rule.MINIMISING));
    }

    private static Finding only(List<Finding> findings, Rule rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, matching.size(), findings.toString());
        return matching.get(0);
    }
}
