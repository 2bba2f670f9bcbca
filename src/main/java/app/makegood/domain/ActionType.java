package app.makegood.domain;

/**
 * What a corrective action does about the cause. A mitigation is an emergency stop-gap (the oven switched off, the
 * orders checked by hand): it limits the harm but is not the fix, so letters never present it as one.
 */
public enum ActionType {
    PREVENT, MITIGATE, DETECT, PROCESS;

    /** Whether a done action of this type may be told to customers as part of the fix. */
    public boolean isFix() {
        return this != MITIGATE;
    }
}
