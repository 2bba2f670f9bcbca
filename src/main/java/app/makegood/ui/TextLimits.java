package app.makegood.ui;

import app.makegood.domain.Limits;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * Caps how much text a field takes, like a form's maxlength: an edit that would go past the cap is
 * refused (the pasted text stays on the clipboard), while deleting always works.
 */
public final class TextLimits {
    private TextLimits() {
    }

    public static void limit(TextInputControl control, int max) {
        control.setTextFormatter(new TextFormatter<String>(change -> {
            int after = change.getControlNewText().length();
            return after > max && after > change.getControlText().length() ? null : change;
        }));
    }

    /** Caps every text input under {@code root} not capped yet: long text in areas, short text in fields. */
    public static void applyDefaults(Node root) {
        for (Node n : root.lookupAll(".text-input")) {
            if (n instanceof TextInputControl t && t.getTextFormatter() == null) {
                limit(t, t instanceof TextArea ? Limits.LONG_TEXT : Limits.SHORT_TEXT);
            }
        }
    }
}
