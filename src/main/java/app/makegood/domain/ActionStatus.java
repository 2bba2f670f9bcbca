package app.makegood.domain;

/** Life of a corrective action. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    /** Open actions still stand between the incident and "fix proven". */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
