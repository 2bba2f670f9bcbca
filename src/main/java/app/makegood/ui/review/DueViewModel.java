package app.makegood.ui.review;

import app.makegood.domain.review.DueItem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The Due view: what past incidents still ask of the owner, most urgent first. */
public final class DueViewModel {
    private final ObservableList<DueItem> items = FXCollections.observableArrayList();
    private final IntegerBinding count = Bindings.size(items);

    public void setAll(List<DueItem> due) {
        items.setAll(due);
    }

    public ObservableList<DueItem> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    public IntegerBinding countProperty() {
        return count;
    }
}
