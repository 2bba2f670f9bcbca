package app.makegood.ui;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts and stops the real application on a data folder, and finds what is on screen. */
public final class AppDriver {
    private final FxRobot robot;
    Application app;

    public AppDriver(FxRobot robot) {
        this.robot = robot;
    }

    public void start(Path dataDir) throws Exception {
        launch(dataDir);
        // A cold JVM creating and migrating a new database on a busy 2-core machine can take well over 15 s.
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent(), 60);
    }

    /** Starts the application without waiting for the workbook: for starts that ask or warn first. */
    public void launch(Path dataDir) throws Exception {
        Locale.setDefault(Locale.UK);
        FxToolkit.registerPrimaryStage();
        ScriptedApp.PICKS.clear();
        ScriptedApp.QUITS.set(0);
        app = FxToolkit.setupApplication(ScriptedApp.class, "--data-dir", dataDir.toString());
    }

    /** Opens a row (an incident, a due item) once it is shown: the list is read in the background. */
    public void open(String rowText) throws Exception {
        waitUntil(() -> robot.lookup(rowText).tryQuery().isPresent());
        try {
            robot.doubleClickOn(rowText);
        } catch (RuntimeException cellReplaced) {
            // The list finished loading between finding the row and clicking it (its cells were redrawn): once more.
            WaitForAsyncUtils.waitForFxEvents();
            waitUntil(() -> robot.lookup(rowText).tryQuery().isPresent());
            robot.doubleClickOn(rowText);
        }
    }

    /** Stops the application the way closing the window does: pending work is saved first. */
    public void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** The next file or folder the owner picks in a file dialog. */
    public void willPick(Path path) {
        ScriptedApp.PICKS.add(path);
    }

    /** Waits for a condition; when it never comes, the failure says what any open dialog was saying. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil(condition, 15);
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + seconds + " s in vain. Dialogs open: " + WaitForAsyncUtils.asyncFx(
                    () -> Window.getWindows().stream().map(Window::getScene)
                            .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                            .map(scene -> (DialogPane) scene.getRoot())
                            .map(pane -> pane.getHeaderText() + " / " + pane.getContentText())
                            .toList()).get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible node matching a CSS query (hidden wizard steps hold nodes with the same ids). */
    public <T extends Node> T visible(String query) {
        return robot.lookup(query).match(AppDriver::shown).query();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public String text(String query) {
        Node n = visible(query);
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        return n instanceof GenericStyledArea<?, ?, ?> area ? area.getText() : ((Labeled) n).getText();
    }

    public void waitForSaved() throws Exception {
        waitUntil(() -> text(".save-indicator").contains("Saved"));
    }

    /** Presses Tab until the control with this id (or a part of it) has the focus; the page scrolls along. */
    public FxRobot tabTo(String id) {
        for (int i = 0; i < 40 && !hasFocus(id); i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(hasFocus(id), id + " never got the focus");
        return robot;
    }

    private boolean hasFocus(String id) {
        for (Node n = robot.lookup("#scroller").query().getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Picks an item the way a keyboard user does: focus the box (the wizard scrolls to it) and step through the
     * items with the arrow keys. No popup is involved, so a box near the bottom of a small screen works too.
     */
    public void choose(String comboQuery, String item) {
        ComboBox<?> box = visible(comboQuery);
        robot.interact(box::requestFocus);
        for (KeyCode key : new KeyCode[] {KeyCode.UP, KeyCode.DOWN}) {
            for (int i = 0; i <= box.getItems().size() && !item.equals(comboText(comboQuery)); i++) {
                robot.type(key);
            }
        }
        assertEquals(item, comboText(comboQuery), comboQuery + " has no item " + item);
    }

    @SuppressWarnings("unchecked")
    public String comboText(String query) {
        ComboBox<?> box = visible(query);
        return box.getConverter() == null ? String.valueOf(box.getValue())
                : ((StringConverter<Object>) box.getConverter()).toString(box.getValue());
    }
}
