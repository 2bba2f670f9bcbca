package app.makegood.ui.incidents;

import app.makegood.domain.IncidentSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;

/** The incident list and its search box. */
public final class IncidentListViewModel {
    private final ObservableList<IncidentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<IncidentSummary> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanBinding empty = Bindings.isEmpty(all);

    public IncidentListViewModel() {
        query.addListener((obs, old, now) -> shown.setPredicate(s -> matches(s, now)));
    }

    static boolean matches(IncidentSummary s, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String title = s.title().toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!title.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public void setAll(List<IncidentSummary> incidents) {
        all.setAll(incidents);
    }

    public ObservableList<IncidentSummary> shown() {
        return shown;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** True when there are no incidents at all (not merely none matching the search). */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
