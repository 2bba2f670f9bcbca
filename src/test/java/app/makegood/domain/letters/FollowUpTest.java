package app.makegood.domain.letters;

import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpTest {
    private static final Instant T = Instant.parse("2026-11-14T12:00:00Z");

    @Test
    void proposedOnlyWhenEveryActionIsFinishedAndOneIsDone() {
        assertFalse(FollowUp.isProposed(with(), List.of()), "no actions yet");
        assertFalse(FollowUp.isProposed(with(ActionStatus.DONE, ActionStatus.IN_PROGRESS), List.of()));
        assertFalse(FollowUp.isProposed(with(ActionStatus.DROPPED), List.of()), "nothing was fixed");
        assertTrue(FollowUp.isProposed(with(ActionStatus.DONE, ActionStatus.DROPPED), List.of()));
    }

    @Test
    void aDoneStopGapAloneProposesNoFollowUp() {
        Incident mitigated = edit(with(ActionStatus.DONE), e -> e.actions = e.actions.stream()
                .map(a -> a.withKind(ActionType.MITIGATE, Optional.empty())).toList());
        assertFalse(FollowUp.isProposed(mitigated, List.of()), "a mitigation is not the fix");
    }

    @Test
    void theFirstFollowUpThatWentOutEndsTheProposal() {
        Incident done = with(ActionStatus.DONE);
        LetterRecord apology = letter("a", LetterKind.APOLOGY, T);
        LetterRecord followUp = letter("f2", LetterKind.FOLLOW_UP, T.plusSeconds(90));
        LetterRecord earlier = letter("f1", LetterKind.FOLLOW_UP, T.plusSeconds(30));
        assertTrue(FollowUp.isProposed(done, List.of(apology)));
        assertFalse(FollowUp.isProposed(done, List.of(apology, followUp, earlier)));
        assertEquals(Optional.of(T.plusSeconds(30)), FollowUp.sentAt(List.of(apology, followUp, earlier)));
    }

    private static Incident with(ActionStatus... statuses) {
        return edit(Incident.blank(T), e -> e.actions = java.util.Arrays.stream(statuses)
                .map(s -> new CorrectiveAction("a-" + s, "Fix", "Sam", Optional.of(LocalDate.of(2026, 11, 20)), s, "",
                        List.of(), s == ActionStatus.DONE ? Optional.of(LocalDate.of(2026, 11, 19)) : Optional.empty(),
                        s == ActionStatus.DROPPED ? "Not needed" : ""))
                .toList());
    }

    private static LetterRecord letter(String id, LetterKind kind, Instant at) {
        return new LetterRecord(id, "x", "c", "Zoë", kind, LetterFormat.PDF, "/tmp/x.pdf", at);
    }
}
