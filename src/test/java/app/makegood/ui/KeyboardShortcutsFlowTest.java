package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help ▸ Keyboard shortcuts names every accelerator of every menu, and the keys of the pages. */
class KeyboardShortcutsFlowTest extends AppFlowTest {
    @Test
    void theListShowsEachMenuAcceleratorAndTheWizardKeys() throws Exception {
        driver.start(dataDir);
        List<MenuItem> withKeys = new ArrayList<>();
        for (Menu menu : lookup("#menuBar").<MenuBar>query().getMenus()) {
            menu.getItems().stream().filter(i -> i.getAccelerator() != null).forEach(withKeys::add);
        }
        assertTrue(withKeys.size() >= 15, "the menus have their accelerators: " + withKeys.size());

        clickOn("Help").clickOn("Keyboard shortcuts");
        AppDriver.waitUntil(() -> dialog() != null);
        List<String> rows = rows();
        for (MenuItem item : withKeys) {
            String keys = item.getAccelerator().getDisplayText();
            String name = item.getText().replace("_", "");
            int at = rows.indexOf(keys);
            assertTrue(at >= 0 && rows.get(at + 1).endsWith("\u25B8 " + name),
                    keys + " for " + name + " is listed: " + rows);
        }
        for (String key : List.of("Alt+B / Alt+N", "Tab / Shift+Tab", "Right click")) {
            assertTrue(rows.contains(key), key + " is listed");
        }
    }

    private static DialogPane dialog() {
        return Window.getWindows().stream().map(Window::getScene).filter(s -> s != null
                        && s.getRoot() instanceof DialogPane p && "Keyboard shortcuts".equals(
                        ((javafx.stage.Stage) s.getWindow()).getTitle()))
                .map(s -> (DialogPane) s.getRoot()).findFirst().orElse(null);
    }

    /** The labels in reading order: keys, what they do, keys, ... */
    private List<String> rows() {
        return from(dialog()).lookup(".shortcut-list .label").<Node>queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
    }
}
