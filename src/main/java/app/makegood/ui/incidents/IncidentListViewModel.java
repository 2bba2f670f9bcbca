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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

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

    /** The last query and the incidents it matched: typing on narrows them instead of searching everything again. */
    private String lastQuery = "";
    private List<IncidentSummary> lastMatches;

    private void filter() {
        String folded = IncidentSearch.fold(query.get()).strip();
        String[] words = IncidentSearch.words(folded);
        if (words.length == 0) {
            lastMatches = null;
            shown.setPredicate(null);
            return;
        }
        Map<String, String> texts = searchTexts;
        List<IncidentSummary> candidates = lastMatches != null && folded.startsWith(lastQuery) ? lastMatches : all;
        List<IncidentSummary> matches = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IncidentSummary s : candidates) {
            String text = texts.get(s.id());
            if (IncidentSearch.matches(text != null ? text : IncidentSearch.fold(s.title()), words)) {
                matches.add(s);
                ids.add(s.id());
            }
        }
        lastQuery = folded;
        lastMatches = matches;
        shown.setPredicate(s -> ids.contains(s.id()));
    }

    /** The search index read from the store (see {@code IncidentRepository.searchTexts}). */
    public void setSearchTexts(Map<String, String> texts) {
        searchTexts = new HashMap<>(texts);
        lastMatches = null;
        filter();
    }

    /** One incident's text after it was edited (empty: it is gone). */
    public void setSearchText(String incidentId, Optional<String> text) {
        Map<String, String> texts = new HashMap<>(searchTexts);
        text.ifPresentOrElse(t -> texts.put(incidentId, t), () -> texts.remove(incidentId));
        searchTexts = texts;
        lastMatches = null;
        filter();
    }

    /** How many things past incidents ask of the owner (the Due view), for the badge on the list. */
    public IntegerProperty dueCountProperty() {
        return dueCount;
    }

    public void setAll(List<IncidentSummary> incidents) {
        all.setAll(incidents);
        lastMatches = null;
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
