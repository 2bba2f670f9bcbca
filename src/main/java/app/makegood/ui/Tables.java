package app.makegood.ui;

import javafx.scene.control.TableView;

/** Small table actions shared by the wizard's lists. */
public final class Tables {
    private Tables() {
    }

    /** Removes the selected row from the table's items (the view model's list), if a row is selected. */
    public static <R> void removeSelected(TableView<R> table) {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            table.getItems().remove(row);
        }
    }
}
