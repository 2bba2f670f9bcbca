package app.makegood.ui;

import app.makegood.domain.Text;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.nio.file.Path;

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

    /**
     * Says a file was written and offers to open it or its folder, as the letters page does; Close does nothing.
     * {@code file} may be a folder (a history export), then Open shows its index.
     */
    public void saved(String message, Path file, WrittenFiles files) {
        Alert alert = alert(Alert.AlertType.INFORMATION, null, message);
        ButtonType open = new ButtonType(messages.get("letters.open"), ButtonBar.ButtonData.OTHER);
        ButtonType folder = new ButtonType(messages.get("letters.showFolder"), ButtonBar.ButtonData.OTHER);
        alert.getButtonTypes().setAll(open, folder, ButtonType.CLOSE);
        alert.resultProperty().addListener((obs, was, chosen) -> {
            if (open.equals(chosen)) {
                files.open(file);
            } else if (folder.equals(chosen)) {
                files.showFolder(file);
            }
        });
        alert.show();
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

    /** The most an alert says: one quoting a runaway file or paste must still fit on the screen. */
    static final int MESSAGE_LIMIT = 1000;

    /**
     * An alert that fits on the screen whatever it is told to say: the text is cut at {@link #MESSAGE_LIMIT}
     * characters and wraps, and the window is never taller than the screen. Every alert is made here.
     */
    public static Alert alert(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, Text.capped(message, MESSAGE_LIMIT));
        DialogPane pane = alert.getDialogPane();
        limitToScreen(alert);
        pane.setMaxWidth(Math.min(Screen.getPrimary().getVisualBounds().getWidth() * 0.9, 640));
        return alert;
    }

    /** A dialog whose form may be taller than a small screen (1024×600): the form scrolls, the buttons stay. */
    public static void scrollingContent(Dialog<?> dialog, Node form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        limitToScreen(dialog);
        // A form that grows while open (a logo read in) grows its window too, up to the screen's limit: a scroll bar
        // only when the screen has no more room.
        form.layoutBoundsProperty().addListener((obs, was, now) -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing() && now.getHeight() > was.getHeight()) {
                Platform.runLater(() -> growToFit(window, dialog.getDialogPane()));
            }
        });
    }

    private static void growToFit(Window window, DialogPane pane) {
        double wanted = Math.min(pane.prefHeight(pane.getWidth()), pane.getMaxHeight());
        double extra = wanted - pane.getHeight();
        if (extra > 0.5) {
            window.setHeight(window.getHeight() + extra);
        }
    }

    /**
     * Never taller than the screen, and kept on it: JavaFX places a dialog from its unlimited height, which put the
     * title bar of a tall one above the top of a small screen.
     */
    private static void limitToScreen(Dialog<?> dialog) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        dialog.getDialogPane().setMaxHeight(screen.getHeight() * 0.9);
        InvalidationListener keepOnScreen = moved -> {
            double y = Math.max(screen.getMinY(), Math.min(dialog.getY(), screen.getMaxY() - dialog.getHeight()));
            if (y < dialog.getY() || y > dialog.getY()) { // never while NaN: not placed yet
                dialog.setY(y);
            }
        };
        dialog.yProperty().addListener(keepOnScreen);
        dialog.heightProperty().addListener(keepOnScreen);
    }

    private Alert alert(Alert.AlertType type, String header, String message) {
        Alert alert = alert(type, message);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setTitle(messages.get("app.title"));
        return alert;
    }
}
