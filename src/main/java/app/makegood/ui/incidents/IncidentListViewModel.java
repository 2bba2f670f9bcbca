package app.makegood.ui.incidents;

import app.makegood.domain.IncidentSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import app.makegood.domain.review.IncidentSearch;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The incident list and its search box. */
public final class IncidentListViewModel {
    private final ObservableList<IncidentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<IncidentSummary> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanBinding empty = Bindings.isEmpty(all);

    private final IntegerProperty dueCount = new SimpleIntegerProperty();
    /** Everything written about each incident, folded, for search as you type; titles only until it is read. */
    private Map<String, String> searchTexts = Map.of();

    public IncidentListViewModel() {
        query.addListener((obs, old, now) -> filter());
    }

    private void filter() {
        String[] words = IncidentSearch.words(query.get());
        Map<String, String> texts = searchTexts;
        shown.setPredicate(words.length == 0 ? null : s -> IncidentSearch.matches(
                texts.getOrDefault(s.id(), IncidentSearch.fold(s.title())), words));
    }

    /** The search index read from the store (see {@code IncidentRepository.searchTexts}). */
    public void setSearchTexts(Map<String, String> texts) {
        searchTexts = Map.copyOf(texts);
        filter();
    }

    /** How many things past incidents ask of the owner (the Due view), for the badge on the list. */
    public IntegerProperty dueCountProperty() {
        return dueCount;
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
        filter();
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
