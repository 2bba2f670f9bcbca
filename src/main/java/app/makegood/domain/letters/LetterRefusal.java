package app.makegood.domain.letters;

/**
 * Why a letter cannot be written without saying something the record does not hold. The reason is the owner's
 * message, the same in the window and on the command line.
 */
public enum LetterRefusal {
    /** A follow-up tells customers what was fixed: with no fix done it would list nothing, or a stop-gap. */
    NO_FIX_DONE("The follow-up letter tells customers what was fixed, and no fix is marked done yet. Once a corrective"
            + " action is in place, mark it done on \u201CProve the fix\u201D, then write the letter."),
    ONLY_MITIGATION_DONE("The follow-up letter tells customers what was fixed, and only stop-gaps (mitigations) are"
            + " marked done. A mitigation limits the harm but is not the fix: write the follow-up once an action that"
            + " prevents or detects the problem, or changes how you work, is done."),
    /** An update letter repeats the written updates: with none it would say nothing. */
    NO_UPDATE_WRITTEN("The update letter repeats your updates, and none is written yet. Write one on \u201CExplain\u201D,"
            + " then write the letter.");

    private final String reason;

    LetterRefusal(String reason) {
        this.reason = reason;
    }

    /** One plain paragraph: what is missing and what to do. */
    public String reason() {
        return reason;
    }
}
