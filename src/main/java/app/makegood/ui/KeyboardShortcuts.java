package app.makegood.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Help ▸ Keyboard shortcuts: every accelerator read from the menus themselves, so the list cannot go stale, then the
 * keys that belong to the pages (the wizard's Back and Next, Tab, Enter on a list).
 */
public final class KeyboardShortcuts {
    /** One key and what it does, e.g. "Ctrl+N" and "File ▸ New incident". */
    public record Shortcut(String keys, String does) {
    }

    /** The keys of the pages, which no menu shows; message keys "keys.page.N.keys" and "keys.page.N.does". */
    private static final int PAGE_KEYS = 8;

    private KeyboardShortcuts() {
    }

    /** Every menu item with an accelerator, in menu order, named by its menu path without mnemonic marks. */
    public static List<Shortcut> fromMenus(List<Menu> menus) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : menus) {
            collect(menu, plain(menu.getText()), out);
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            String name = path + " \u25B8 " + plain(item.getText());
            if (item instanceof Menu sub) {
                collect(sub, name, out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), name));
            }
        }
    }

    /** The keys of the pages themselves. */
    public static List<Shortcut> pageKeys(Messages messages) {
        List<Shortcut> out = new ArrayList<>();
        for (int i = 1; i <= PAGE_KEYS; i++) {
            out.add(new Shortcut(messages.get("keys.page." + i + ".keys"), messages.get("keys.page." + i + ".does")));
        }
        return out;
    }

    /** Everything, menus first. */
    public static List<Shortcut> all(List<Menu> menus, Messages messages) {
        List<Shortcut> out = new ArrayList<>(fromMenus(menus));
        out.addAll(pageKeys(messages));
        return out;
    }

    public static Dialog<Void> dialog(Window owner, Messages messages, List<Menu> menus) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("keys.title"));
        dialog.setHeaderText(messages.get("keys.header"));
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.getStyleClass().add("shortcut-list");
        int row = 0;
        for (Shortcut s : all(menus, messages)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label does = new Label(s.does());
            does.setWrapText(true);
            grid.addRow(row++, keys, does);
        }
        Dialogs.scrollingContent(dialog, grid);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static String plain(String menuText) {
        return menuText == null ? "" : menuText.replace("_", "");
    }
}
