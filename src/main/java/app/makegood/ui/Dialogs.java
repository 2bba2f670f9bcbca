package app.makegood.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Plain-language message boxes owned by the main window. */
public final class Dialogs {
    private final Window owner;
    private final Messages messages;

    public Dialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    public void error(String message) {
        show(Alert.AlertType.ERROR, messages.get("error.title"), message);
    }

    public void info(String message) {
        show(Alert.AlertType.INFORMATION, null, message);
    }

    public boolean confirm(String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, null, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Asks before going ahead; {@code goLabel} names what happens ("Continue"), Cancel does nothing. */
    public boolean confirm(String message, String goLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, null, message);
        ButtonType go = new ButtonType(goLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(go, ButtonType.CANCEL);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    /** Asks before something that replaces the owner's data: Cancel is the default, so Enter never does it. */
    public boolean confirmReplacing(String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, null, message);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void show(Alert.AlertType type, String header, String message) {
        alert(type, header, message).show();
    }

    private Alert alert(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setTitle(messages.get("app.title"));
        return alert;
    }
}
