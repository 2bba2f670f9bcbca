package app.makegood.ui.wizard;

/** What the quiet "saved" indicator shows. */
public enum SaveState {
    SAVED, PENDING, SAVING, FAILED
}
