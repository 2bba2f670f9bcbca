package app.makegood.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/** Tables over the view model's lists: sorting a column changes the view, never the stored order. */
public final class Tables {
    private Tables() {
    }

    /** Shows {@code rows} in the table, sorted as the user clicks the headers. */
    public static <R> void show(TableView<R> table, ObservableList<R> rows) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        keepHeadersWhole(table);
    }

    /**
     * No column is squeezed below the width of its heading: on a narrow window the table scrolls sideways instead of
     * showing "Custo…". Measured from the skin's own header labels, once they exist, so fonts and padding match.
     */
    public static void keepHeadersWhole(TableView<?> table) {
        ChangeListener<Boolean> afterLayout = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean needs) {
                if (!needs && fitHeaders(table)) {
                    table.needsLayoutProperty().removeListener(this);
                }
            }
        };
        table.needsLayoutProperty().addListener(afterLayout);
    }

    /** @return whether every column's heading was measured (false before the skin has laid them out) */
    private static boolean fitHeaders(TableView<?> table) {
        int measured = 0;
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && node.lookup(".label") instanceof Label label && label.getWidth() > 0) {
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                        + label.getGraphicTextGap() + SORT_ARROW);
                header.getTableColumn().setMinWidth(Math.max(header.getTableColumn().getMinWidth(), needed));
                measured++;
            }
        }
        return measured > 0 && measured >= table.getVisibleLeafColumns().size();
    }

    /** Room for the sort arrow the header shows once the column is sorted. */
    private static final double SORT_ARROW = 14;

    /** Removes the selected row from the view model's list, if a row is selected. */
    public static <R> void removeSelected(TableView<R> table, ObservableList<R> rows) {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            rows.remove(row);
        }
    }
}
