package app.makegood.ui;

import app.makegood.domain.Limits;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Form behaviour for text inputs. Caps how much text a field takes, like a form's maxlength: an edit that would go past the cap is
 * refused (the pasted text stays on the clipboard), while deleting always works.
 */
public final class TextInputs {
    private TextInputs() {
    }

    public static void limit(TextInputControl control, int max) {
        control.setTextFormatter(new TextFormatter<String>(change -> {
            int after = change.getControlNewText().length();
            return after > max && after > change.getControlText().length() ? null : change;
        }));
    }

    /**
     * Caps every text input under {@code root} not capped yet: long text in areas, short text in fields.
     * Tab in a text area moves to the next field, as in any form, instead of typing a tab into a letter.
     */
    public static void applyDefaults(Node root) {
        for (Node n : root.lookupAll(".text-input")) {
            if (n instanceof TextInputControl t && t.getTextFormatter() == null) {
                limit(t, t instanceof TextArea ? Limits.LONG_TEXT : Limits.SHORT_TEXT);
            }
            if (n instanceof TextArea area) {
                area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                        e.consume();
                        // Ctrl+Tab is the text area's own "move focus" key.
                        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                                e.isShiftDown(), true, false, false));
                    }
                });
            }
        }
    }
}
