package app.makegood.ui;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.util.Callback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables over the view model's lists: sorting a column changes the view, never the stored order. Columns are as wide
 * as what they show, the table's main text column takes the room that is left, and a cell too narrow for its text
 * shows the whole of it in a tooltip.
 */
public final class Tables {
    /** No column grows past this for one long cell: its tooltip has the rest. */
    private static final double CAP = 320;
    /** The text column keeps at least this much (or its content, if shorter) before the table scrolls sideways. */
    private static final double FILL_FLOOR = 150;
    /** Room for the sort arrow the header shows once the column is sorted. */
    private static final double SORT_ARROW = 14;
    /** Marks a column the user has dragged to a width of their own: it is left at that width. */
    private static final String USER_SIZED = "tables.userSized";
    /** Marks a tooltip this class put on a cell, so a cell's own tooltip is never replaced. */
    private static final String CUT_TIP = "tables.cutTip";
    private static final Text MEASURE = new Text();

    private Tables() {
    }

    /** Shows {@code rows} in the table, sorted as the user clicks the headers, sized as {@link #fit} says. */
    public static <R> void show(TableView<R> table, ObservableList<R> rows, TableColumn<R, ?> fill) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        fit(table, fill);
    }

    /**
     * Sizes the columns to their content: each as wide as its heading and the widest of the cells on screen (up to
     * {@link #CAP}); {@code fill}, the main text column, takes the rest of the width, so there is no empty strip on a
     * wide window. When the columns need more than the table's width, the table scrolls sideways instead of squeezing
     * them. With no {@code fill} the room left is shared by all columns. A column the user drags keeps its width.
     */
    public static void fit(TableView<?> table, TableColumn<?, ?> fill) {
        table.setColumnResizePolicy(Tables::userResize);
        // After every layout, not once: a heading measured before the window's style sheet applied reads too narrow,
        // and the cells on screen change as the rows do.
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && table.getScene() != null && table.getScene().getWindow() != null) {
                fitHeaders(table);
                fitColumns(table, fill);
            }
        });
        table.getColumns().forEach(Tables::tipCutText);
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Tables::tipCutText);
            }
        });
    }

    /** Columns never squeeze each other: a dragged column grows or shrinks alone, and the table scrolls. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Boolean userResize(TableView.ResizeFeatures features) {
        if (features.getColumn() != null) {
            features.getColumn().getProperties().put(USER_SIZED, Boolean.TRUE);
        }
        return (Boolean) ((Callback) TableView.UNCONSTRAINED_RESIZE_POLICY).call(features);
    }

    private static void fitColumns(TableView<?> table, TableColumn<?, ?> fill) {
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        if (columns.isEmpty() || table.getWidth() <= 0) {
            return;
        }
        Map<TableColumnBase<?, ?>, Double> widest = widestCells(table);
        Map<TableColumn<?, ?>, Double> wanted = new HashMap<>();
        double total = 0;
        for (TableColumn<?, ?> c : columns) {
            double w = userSized(c) ? c.getWidth() : Math.min(Math.max(c.getMinWidth(),
                    widest.getOrDefault(c, 0.0)), Math.max(c.getMinWidth(), Math.min(c.getMaxWidth(), CAP)));
            if (c == fill && !userSized(c)) {
                w = Math.max(c.getMinWidth(), Math.min(widest.getOrDefault(c, 0.0), FILL_FLOOR));
            }
            wanted.put(c, w);
            total += w;
        }
        double room = Math.floor(table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - verticalScrollBar(table));
        double spare = room - total;
        if (spare > 0) {
            if (fill != null && columns.contains(fill) && !userSized(fill)) {
                wanted.merge(fill, spare, Double::sum);
            } else if (fill == null) {
                double each = Math.floor(spare / columns.size());
                columns.forEach(c -> wanted.merge(c, each, Double::sum));
            }
        }
        for (TableColumn<?, ?> c : columns) {
            if (!userSized(c) && Math.abs(c.getPrefWidth() - wanted.get(c)) > 0.5) {
                c.setPrefWidth(wanted.get(c));
            }
        }
    }

    private static boolean userSized(TableColumnBase<?, ?> column) {
        return column.getProperties().containsKey(USER_SIZED);
    }

    /** The widest content of each column among the filled cells now on screen. */
    private static Map<TableColumnBase<?, ?>, Double> widestCells(TableView<?> table) {
        Map<TableColumnBase<?, ?>, Double> widest = new HashMap<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                    && cell.getTableColumn() != null && cell.getTableRow() != null && cell.getTableRow().isVisible()) {
                widest.merge(cell.getTableColumn(), contentWidth(cell), Math::max);
            }
        }
        return widest;
    }

    private static double verticalScrollBar(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s.isVisible())
                .mapToDouble(n -> n.getLayoutBounds().getWidth()).findFirst().orElse(0);
    }

    /** How wide a cell must be to show its text and graphic whole: measured, so it does not depend on its width. */
    static double contentWidth(Labeled cell) {
        String text = cell.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY || cell.getText() == null
                ? "" : cell.getText();
        MEASURE.setText(text);
        MEASURE.setFont(cell.getFont());
        double width = text.isEmpty() ? 0 : MEASURE.getLayoutBounds().getWidth();
        Node graphic = cell.getGraphic();
        if (graphic != null && graphic.isVisible() && cell.getContentDisplay() != ContentDisplay.TEXT_ONLY) {
            width += graphic.prefWidth(-1) + (text.isEmpty() ? 0 : cell.getGraphicTextGap());
        }
        return Math.ceil(width + cell.snappedLeftInset() + cell.snappedRightInset());
    }

    /** The text a cell stands for: its own, or that of the label it shows (a status badge). */
    private static String wholeText(Labeled cell) {
        if (cell.getText() != null && !cell.getText().isBlank()) {
            return cell.getText();
        }
        return cell.getGraphic() instanceof Labeled label && label.getText() != null ? label.getText() : "";
    }

    /** Every cell of the column, now and after its cell factory changes, shows its whole text in a tooltip when cut. */
    private static void tipCutText(TableColumn<?, ?> column) {
        column.getColumns().forEach(Tables::tipCutText);
        wrapFactory(column);
        column.cellFactoryProperty().addListener((obs, old, now) -> wrapFactory(column));
    }

    private static <S, T> void wrapFactory(TableColumn<S, T> column) {
        Callback<TableColumn<S, T>, TableCell<S, T>> factory = column.getCellFactory();
        if (factory != null && !(factory instanceof Tipping)) {
            column.setCellFactory(new Tipping<>(factory));
        }
    }

    /** A cell factory that makes the cells of another one say in a tooltip what they cannot show. */
    private record Tipping<S, T>(Callback<TableColumn<S, T>, TableCell<S, T>> cells)
            implements Callback<TableColumn<S, T>, TableCell<S, T>> {
        @Override
        public TableCell<S, T> call(TableColumn<S, T> column) {
            TableCell<S, T> cell = cells.call(column);
            InvalidationListener check = x -> showWholeIfCut(cell);
            cell.textProperty().addListener(check);
            cell.graphicProperty().addListener(check);
            cell.widthProperty().addListener(check);
            cell.fontProperty().addListener(check);
            return cell;
        }
    }

    private static void showWholeIfCut(TableCell<?, ?> cell) {
        Tooltip own = cell.getTooltip();
        if (own != null && !own.getProperties().containsKey(CUT_TIP)) {
            return;
        }
        String whole = wholeText(cell);
        boolean cut = !cell.isEmpty() && !whole.isBlank() && cell.getWidth() > 0
                && contentWidth(cell) > cell.getWidth() + 0.5;
        if (!cut) {
            cell.setTooltip(null);
        } else if (own == null || !whole.equals(own.getText())) {
            Tooltip tip = new Tooltip(whole);
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            tip.getProperties().put(CUT_TIP, Boolean.TRUE);
            cell.setTooltip(tip);
        }
    }

    /**
     * No column is squeezed below the width of its heading (and its sort arrow, once sorted): measured from the skin's
     * own header labels.
     */
    private static void fitHeaders(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && node.lookup(".label") instanceof Label label && label.getWidth() > 0) {
                boolean sorted = table.getSortOrder().contains(header.getTableColumn());
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                        + (sorted ? label.getGraphicTextGap() + SORT_ARROW : 0));
                if (header.getTableColumn().getMinWidth() < needed) {
                    header.getTableColumn().setMinWidth(needed);
                }
            }
        }
    }

    /** Removes the selected row from the view model's list, if a row is selected. */
    public static <R> void removeSelected(TableView<R> table, ObservableList<R> rows) {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            rows.remove(row);
        }
    }
}
