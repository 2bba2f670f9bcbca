package app.makegood.ui;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/** Tables over the view model's lists: sorting a column changes the view, never the stored order. */
public final class Tables {
    private Tables() {
    }

    /** Shows {@code rows} in the table, sorted as the user clicks the headers. */
    public static <R> void show(TableView<R> table, ObservableList<R> rows) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** Removes the selected row from the view model's list, if a row is selected. */
    public static <R> void removeSelected(TableView<R> table, ObservableList<R> rows) {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            rows.remove(row);
        }
    }
}
