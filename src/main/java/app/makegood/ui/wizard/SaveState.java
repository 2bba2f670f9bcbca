package app.makegood.ui.wizard;

/** What the quiet "saved" indicator shows. */
public enum SaveState {
    SAVED, PENDING, SAVING, FAILED,
    /** Someone else saved the incident since it was opened: autosave waits until it is reloaded (issue 19). */
    CHANGED_ELSEWHERE
}
