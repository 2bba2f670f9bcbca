package app.makegood.domain.letters;

import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** When the follow-up letter ("here is what we changed") is due, and when it went out. */
public final class FollowUp {
    private FollowUp() {
    }

    /**
     * Proposed once every corrective action is finished, at least one fix (not a stop-gap) is done, so the letter
     * can be written ({@link Letters#refusal}), and none has gone out yet.
     */
    public static boolean isProposed(Incident incident, List<LetterRecord> letters) {
        List<CorrectiveAction> actions = incident.actions();
        return actions.stream().noneMatch(a -> a.status().isOpen())
                && Letters.refusal(LetterKind.FOLLOW_UP, incident).isEmpty()
                && sentAt(letters).isEmpty();
    }

    /** The first time a follow-up letter left the app for this incident. */
    public static Optional<Instant> sentAt(List<LetterRecord> letters) {
        return letters.stream().filter(l -> l.kind() == LetterKind.FOLLOW_UP)
                .map(LetterRecord::at).min(Comparator.naturalOrder());
    }
}
