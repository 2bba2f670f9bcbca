package app.makegood.ui;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;

import java.util.Optional;

/**
 * The editing every text in the app answers to, plain fields and the coach's rich letters alike: Edit ▸ Cut, Copy,
 * Paste, Select all act on the focused text, and a right click on any text opens the same commands. Installed once
 * for every window, so a dialog or a row added later needs nothing of its own.
 */
public final class TextEditing {
    private static final String INSTALLED = "makegood.textMenu";
    private static boolean watching;

    private TextEditing() {
    }

    /** One text control, whichever kind it is. */
    public interface Editable {
        boolean editable();

        boolean hasSelection();

        boolean canUndo();

        boolean canRedo();

        void undo();

        void redo();

        void cut();

        void copy();

        void paste();

        void delete();

        void selectAll();
    }

    /** The text control {@code node} is, or is inside (the click lands on a text's inner parts). */
    public static Optional<Editable> of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) {
                return Optional.of(plain(t));
            }
            if (n instanceof GenericStyledArea<?, ?, ?> area) {
                return Optional.of(rich(area));
            }
        }
        return Optional.empty();
    }

    /** Gives every window, open now or later, the right-click menu on its texts. Safe to call again. */
    public static void everywhere(Messages messages) {
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().forEach(w -> install(w, messages));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> install(w, messages));
            }
        });
    }

    private static void install(Window window, Messages messages) {
        // Popups (menus, tooltips, the combo boxes' lists) hold no text to edit.
        if (window instanceof Stage && window.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
            EventHandler<ContextMenuEvent> onRightClick = e -> {
                if (e.getTarget() instanceof Node target) {
                    of(target).ifPresent(text -> {
                        target.requestFocus();
                        menu(text, messages).show(target, e.getScreenX(), e.getScreenY());
                        e.consume();
                    });
                }
            };
            window.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onRightClick);
        }
    }

    /** The right-click menu of one text, its items enabled for what can be done right now. */
    public static ContextMenu menu(Editable text, Messages messages) {
        boolean clip = Clipboard.getSystemClipboard().hasString();
        ContextMenu menu = new ContextMenu(
                item(messages, "edit.undo", text.canUndo(), text::undo),
                item(messages, "edit.redo", text.canRedo(), text::redo),
                new SeparatorMenuItem(),
                item(messages, "edit.cut", text.editable() && text.hasSelection(), text::cut),
                item(messages, "edit.copy", text.hasSelection(), text::copy),
                item(messages, "edit.paste", text.editable() && clip, text::paste),
                item(messages, "edit.delete", text.editable() && text.hasSelection(), text::delete),
                new SeparatorMenuItem(),
                item(messages, "edit.selectAll", true, text::selectAll));
        menu.getStyleClass().add("text-menu");
        return menu;
    }

    private static MenuItem item(Messages messages, String key, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Editable plain(TextInputControl t) {
        return new Editable() {
            public boolean editable() {
                return t.isEditable() && !t.isDisabled();
            }

            public boolean hasSelection() {
                return t.getSelection().getLength() > 0;
            }

            public boolean canUndo() {
                return editable() && t.isUndoable();
            }

            public boolean canRedo() {
                return editable() && t.isRedoable();
            }

            public void undo() {
                t.undo();
            }

            public void redo() {
                t.redo();
            }

            public void cut() {
                t.cut();
            }

            public void copy() {
                t.copy();
            }

            public void paste() {
                t.paste(); // through the field's formatter: its length cap holds
            }

            public void delete() {
                t.replaceSelection("");
            }

            public void selectAll() {
                t.selectAll();
            }
        };
    }

    private static Editable rich(GenericStyledArea<?, ?, ?> area) {
        return new Editable() {
            public boolean editable() {
                return area.isEditable() && !area.isDisabled();
            }

            public boolean hasSelection() {
                return area.getSelection().getLength() > 0;
            }

            public boolean canUndo() {
                return editable() && area.isUndoAvailable();
            }

            public boolean canRedo() {
                return editable() && area.isRedoAvailable();
            }

            public void undo() {
                area.undo();
            }

            public void redo() {
                area.redo();
            }

            public void cut() {
                area.cut();
            }

            public void copy() {
                area.copy();
            }

            /** As the keys would: the letter's own paste refuses what does not fit. */
            public void paste() {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.V, false,
                        !isMac(), false, isMac()));
            }

            public void delete() {
                area.replaceSelection("");
            }

            public void selectAll() {
                area.selectAll();
            }
        };
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
    }
}
