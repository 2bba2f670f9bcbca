package app.makegood.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scrolling dialog (the business profile) whose form grows while open, as when a logo is read in. */
@ExtendWith(ApplicationExtension.class)
class ScrollingDialogTest extends FxRobot {
    private final VBox form = new VBox(8);
    private Dialog<ButtonType> dialog;

    @Start
    void start(Stage stage) {
        dialog = new Dialog<>();
        stage.setScene(new javafx.scene.Scene(new VBox(), 300, 200));
        dialog.initOwner(stage);
        form.getChildren().add(block(400));
        Dialogs.scrollingContent(dialog, form);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        stage.show();
        dialog.show();
    }

    @Test
    void aFormThatGrowsWhileOpenGrowsItsWindowWhileTheScreenHasRoom() {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(verticalScrollBarShows(), "the form fits at first");
        interact(() -> form.getChildren().add(block(60)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(verticalScrollBarShows(), "60 px more fit on the screen, so the window grows instead of scrolling");

        interact(() -> form.getChildren().add(block(2000)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(verticalScrollBarShows(), "taller than the screen: the form scrolls");
        assertTrue(dialog.getY() + dialog.getHeight() <= javafx.stage.Screen.getPrimary().getVisualBounds().getMaxY() + 1,
                "and the window stays on the screen");
        interact(dialog::close);
    }

    private boolean verticalScrollBarShows() {
        return dialog.getDialogPane().lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar s
                && s.getOrientation() == Orientation.VERTICAL && s.isVisible());
    }

    private static Region block(double height) {
        Region r = new Region();
        r.setPrefSize(300, height);
        r.setMinHeight(height);
        return r;
    }
}
