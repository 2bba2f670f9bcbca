package app.makegood.ui;

import javafx.beans.property.Property;
import javafx.scene.Node;

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

        void clear() {
            control.setValue(null);
        }
    }
}
