package app.makegood.ui.review;

import app.makegood.domain.review.DueItem;
import app.makegood.domain.review.DueRules;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Due view: what past incidents still ask of the owner, most urgent first. */
public final class DueViewModel {
    private final ObservableList<DueItem> items = FXCollections.observableArrayList();
    private final IntegerBinding count = Bindings.size(items);

    public void setAll(List<DueItem> due) {
        items.setAll(due);
    }

    /** Replaces what one incident asks for (after it was edited), keeping the order of {@link DueRules#sorted}. */
    public void setFor(String incidentId, List<DueItem> due, LocalDate today) {
        List<DueItem> all = new ArrayList<>(items);
        all.removeIf(i -> i.incidentId().equals(incidentId));
        all.addAll(due);
        items.setAll(DueRules.sorted(all, today));
    }

    public ObservableList<DueItem> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    public IntegerBinding countProperty() {
        return count;
    }
}
