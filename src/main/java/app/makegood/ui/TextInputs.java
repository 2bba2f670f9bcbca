package app.makegood.ui;

import app.makegood.domain.Limits;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

import java.util.Locale;

/**
 * Form behaviour for text inputs. Caps how much text a field takes, like a form's maxlength: an edit that would go
 * past the cap is refused with a note under the field (the pasted text stays on the clipboard); deleting always works.
 */
public final class TextInputs {
    private TextInputs() {
    }

    public static void limit(TextInputControl control, int max) {
        control.setTextFormatter(new TextFormatter<String>(change -> {
            int after = change.getControlNewText().length();
            if (after > max && after > change.getControlText().length()) {
                boolean pasted = change.getText().length() > 1; // typing adds one character at a time
                Platform.runLater(() -> tellTooLong(control, max, pasted));
                return null;
            }
            return change;
        }));
    }

    /** Says why nothing was added, under the field, for a few seconds: a refused paste must not look like a freeze. */
    private static void tellTooLong(TextInputControl control, int max, boolean pasted) {
        Bounds field = control.localToScreen(control.getBoundsInLocal());
        if (field == null || control.getProperties().get(TIP) instanceof Tooltip shown && shown.isShowing()) {
            return;
        }
        Tooltip tip = new Tooltip(new Messages(Locale.getDefault()).get(pasted ? "field.tooLongPaste" : "field.tooLong", max));
        tip.getStyleClass().add("too-long-tip");
        tip.setWrapText(true);
        tip.setMaxWidth(Math.max(320, field.getWidth()));
        control.getProperties().put(TIP, tip);
        tip.show(control, field.getMinX(), field.getMaxY() + 2);
        PauseTransition hide = new PauseTransition(Duration.seconds(5));
        hide.setOnFinished(e -> tip.hide());
        hide.play();
    }

    private static final String TIP = "makegood.tooLongTip";
    private static final String TAB_MOVES_ON = "makegood.tabMovesOn";

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
                tabMovesOn(area);
            }
        }
    }

    /** Tab (and Shift+Tab) leave the area for the next (previous) field instead of typing a tab. */
    public static void tabMovesOn(TextArea area) {
        if (area.getProperties().putIfAbsent(TAB_MOVES_ON, Boolean.TRUE) != null) {
            return;
        }
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
