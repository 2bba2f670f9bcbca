package app.makegood.domain.review;

import app.makegood.domain.LetterKind;

import java.util.Optional;

/** Something about a past incident that waits for the owner, with the wizard step where it is done. */
public enum DueKind {
    ACTION_OVERDUE(5), ACTION_DUE_SOON(5), FOLLOW_UP_LETTER(6), UPDATE_DUE(3), UPDATE_NOT_SENT(3),
    OFFER_UNANSWERED(4);

    private final int step;

    DueKind(int step) {
        this.step = step;
    }

    /** The wizard step (0 What happened … 6 Letters) that opens on this item. */
    public int step() {
        return step;
    }

    /** The letter to open the Letters step on, for an item that is a letter to send. */
    public Optional<LetterKind> letter() {
        return this == FOLLOW_UP_LETTER ? Optional.of(LetterKind.FOLLOW_UP) : Optional.empty();
    }
}
