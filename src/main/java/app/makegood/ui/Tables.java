package app.makegood.ui;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;

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
    @SuppressWarnings("rawtypes") // JavaFX declares the resize policy over the raw ResizeFeatures
    public static void keepHeadersWhole(TableView<?> table) {
        Callback<TableView.ResizeFeatures, Boolean> fitting = table.getColumnResizePolicy();
        // After every layout, not once: a heading measured before the window's style sheet applied reads too narrow.
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && table.getScene() != null && table.getScene().getWindow() != null) {
                fitHeaders(table);
                scrollWhenTooNarrow(table, fitting);
            }
        });
    }

    /**
     * A constrained table never scrolls sideways: columns that cannot shrink further run past its edge, out of reach.
     * When the headings need more than the table's width, the columns keep their widths and the table scrolls.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void scrollWhenTooNarrow(TableView<?> table, Callback<TableView.ResizeFeatures, Boolean> fitting) {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getMinWidth).sum();
        Callback policy = needed > room ? TableView.UNCONSTRAINED_RESIZE_POLICY : fitting;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    /** The vertical scroll bar's share of the width. */
    private static final double SCROLL_BAR = 16;

    private static void fitHeaders(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && node.lookup(".label") instanceof Label label && label.getWidth() > 0) {
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                        + label.getGraphicTextGap() + SORT_ARROW);
                if (header.getTableColumn().getMinWidth() < needed) {
                    header.getTableColumn().setMinWidth(needed);
                }
            }
        }
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
