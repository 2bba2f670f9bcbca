package app.makegood.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The editing form beside a table: shows the selected row's fields and writes edits straight into
 * that row. Selecting another row rebinds every field; with no row selected the form is disabled.
 */
public final class DetailForm<R> {
    private final Node form;
    private final List<Field<R, ?>> fields = new ArrayList<>();
    private R current;

    public DetailForm(Node form) {
        this.form = form;
        form.setDisable(true);
    }

    public <T> DetailForm<R> field(Property<T> control, Function<R, Property<T>> ofRow) {
        fields.add(new Field<>(control, ofRow));
        return this;
    }

    /** Shows the table's selected row; a row is always selected while the table has any. */
    public void follow(TableView<R> table) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> show(row));
        table.getItems().addListener((ListChangeListener<R>) c -> selectFirstIfNone(table));
        selectFirstIfNone(table);
    }

    private static void selectFirstIfNone(TableView<?> table) {
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    public void show(R row) {
        if (current != null) {
            fields.forEach(f -> f.unbind(current));
        }
        current = row;
        form.setDisable(row == null);
        if (row != null) {
            fields.forEach(f -> f.bind(row));
        } else {
            fields.forEach(Field::clear);
        }
    }

    private record Field<R, T>(Property<T> control, Function<R, Property<T>> ofRow) {
        void bind(R row) {
            control.bindBidirectional(ofRow.apply(row));
        }

        void unbind(R row) {
            control.unbindBidirectional(ofRow.apply(row));
        }

        /** Empties the control without binding; text fields get "" (a formatted field refuses null). */
        void clear() {
            if (control instanceof StringProperty text) {
                text.set("");
            } else if (control instanceof BooleanProperty flag) {
                flag.set(false);
            } else {
                control.setValue(null);
            }
        }
    }
}
