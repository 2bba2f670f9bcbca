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
        // The query is split once per keystroke, not once for every incident; no query shows all without a look.
        query.addListener((obs, old, now) -> {
            List<String> words = words(now);
            shown.setPredicate(words.isEmpty() ? null : s -> matches(s, words));
        });
    }

    static List<String> words(String query) {
        return query == null || query.isBlank() ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    static boolean matches(IncidentSummary s, List<String> words) {
        String title = s.title().toLowerCase(Locale.ROOT);
        for (String word : words) {
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
