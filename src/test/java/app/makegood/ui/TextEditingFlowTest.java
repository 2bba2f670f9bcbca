package app.makegood.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edit ▸ Cut / Copy / Paste / Select all and the right-click menu, on plain fields, dialogs and the coach's letters. */
class TextEditingFlowTest extends AppFlowTest {
    private static final List<String> MENU = List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select all");

    @Test
    void theEditMenuActsOnTheFocusedTextAndIsGreyedOutWithoutOne() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Burnt cakes");

        clickOn("Edit").clickOn("Select all");
        clickOn("Edit").clickOn("Copy");
        assertEquals("Burnt cakes", clipboard());
        clickOn("Edit").clickOn("Cut");
        assertEquals("", driver.text("#title"));
        clickOn("Edit").clickOn("Paste");
        assertEquals("Burnt cakes", driver.text("#title"), "pasted once");
        press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertEquals("Burnt cakesBurnt cakes", driver.text("#title"), "the keys paste once, not once more by the menu");

        clickOn("#category"); // a choice, not a text
        type(KeyCode.ESCAPE);
        clickOn("Edit");
        for (String item : List.of("Cut", "Copy", "Paste", "Select all")) {
            assertTrue(editItem(item).isDisable(), item + " is greyed out while no text has the focus");
        }
        type(KeyCode.ESCAPE);
    }

    @Test
    void aRightClickOnAnyTextOffersTheEditingCommands() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Parcel late");
        doubleClickOn("#title"); // selects a word
        String word = lookup("#title").<TextField>query().getSelectedText();
        ContextMenu menu = rightClick("#title");
        assertEquals(MENU, menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList());
        clickOn("Copy");
        assertFalse(word.isEmpty());
        assertEquals(word, clipboard());

        clickOn("#step-1");
        StyleClassedTextArea admit = driver.visible("#admit");
        clickOn(admit).write("We are sorry.");
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, " Truly.")));
        menu = rightClick("#admit");
        assertFalse(item(menu, "Paste").isDisable());
        clickOn("Paste");
        assertEquals("We are sorry. Truly.", admit.getText(), "the coach's letter takes the paste");
        rightClick("#admit");
        clickOn("Undo");
        assertEquals("We are sorry.", admit.getText());

        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#profileName").tryQuery().isPresent());
        clickOn("#profileName").write("Crumb & Co");
        menu = rightClick("#profileName");
        clickOn("Select all");
        assertEquals("Crumb & Co", lookup("#profileName").<TextField>query().getSelectedText(), "a dialog's fields too");
        type(KeyCode.ESCAPE);
    }

    /**
     * What a right click sends: the headless test screen (Monocle) never turns a secondary click into the platform's
     * menu request, so the test sends that request at the middle of the text, as GTK, Windows and macOS do.
     */
    private ContextMenu rightClick(String query) throws Exception {
        Node text = driver.visible(query);
        interact(() -> {
            Bounds b = text.localToScreen(text.getBoundsInLocal());
            Point2D local = text.screenToLocal(b.getCenterX(), b.getCenterY());
            Event.fireEvent(text, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), b.getCenterX(), b.getCenterY(), false, new PickResult(text, b.getCenterX(),
                    b.getCenterY())));
        });
        AppDriver.waitUntil(() -> textMenu().isPresent());
        return textMenu().orElseThrow();
    }

    private static Optional<ContextMenu> textMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing()
                && m.getStyleClass().contains("text-menu")).map(w -> (ContextMenu) w).findFirst();
    }

    private static MenuItem item(ContextMenu menu, String text) {
        return menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private MenuItem editItem(String text) {
        return lookup("#menuBar").<javafx.scene.control.MenuBar>query().getMenus().stream()
                .filter(m -> m.getText().equals("_Edit") || m.getText().equals("Edit"))
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }
}
