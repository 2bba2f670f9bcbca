package app.makegood.ui.incidents;

import app.makegood.domain.Category;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import app.makegood.domain.review.IncidentSearch;
import app.makegood.domain.review.SearchText;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/** The incident list, its search box and its filters (status, category, severity, opened from/to), combined. */
public final class IncidentListViewModel {
    private final ObservableList<IncidentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<IncidentSummary> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanBinding empty = Bindings.isEmpty(all);

    private final IntegerProperty dueCount = new SimpleIntegerProperty();
    /** Everything written about each incident, folded, for search as you type; titles only until it is read. */
    private Map<String, SearchText> searchTexts = Map.of();

    /** The filters; null means any. The dates are the day the incident was opened, both ends included. */
    private final ObjectProperty<IncidentStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> openedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> openedTo = new SimpleObjectProperty<>();
    private final BooleanBinding filtered = statusFilter.isNotNull().or(categoryFilter.isNotNull())
            .or(severityFilter.isNotNull()).or(openedFrom.isNotNull()).or(openedTo.isNotNull());
    private ZoneId zone = ZoneId.systemDefault();

    public IncidentListViewModel() {
        query.addListener((obs, old, now) -> filter());
        for (ObjectProperty<?> p : List.of(statusFilter, categoryFilter, severityFilter, openedFrom, openedTo)) {
            p.addListener(x -> filter());
        }
    }

    /** The time zone in which an incident's opening instant becomes a day for the date range. */
    public void setZone(ZoneId zone) {
        this.zone = zone;
        filter();
    }

    /** The last query and the incidents it matched: typing on narrows them instead of searching everything again. */
    private String lastQuery = "";
    private List<IncidentSummary> lastMatches;

    private void filter() {
        String folded = IncidentSearch.fold(query.get()).strip();
        String[] words = IncidentSearch.words(folded);
        if (words.length == 0) {
            lastMatches = null;
            shown.setPredicate(filtered.get() ? this::passesFilters : null);
            return;
        }
        Map<String, SearchText> texts = searchTexts;
        List<IncidentSummary> candidates = lastMatches != null && folded.startsWith(lastQuery) ? lastMatches : all;
        List<IncidentSummary> matches = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IncidentSummary s : candidates) {
            SearchText text = texts.get(s.id());
            if (IncidentSearch.matches(text != null ? text.folded() : IncidentSearch.fold(s.title()), words)) {
                matches.add(s);
                ids.add(s.id());
            }
        }
        lastQuery = folded;
        lastMatches = matches;
        shown.setPredicate(s -> ids.contains(s.id()) && passesFilters(s));
    }

    private boolean passesFilters(IncidentSummary s) {
        LocalDate opened = s.openedAt().atZone(zone).toLocalDate();
        return (statusFilter.get() == null || statusFilter.get() == s.status())
                && (categoryFilter.get() == null || categoryFilter.get() == s.category())
                && (severityFilter.get() == null || severityFilter.get() == s.severity())
                && (openedFrom.get() == null || !opened.isBefore(openedFrom.get()))
                && (openedTo.get() == null || !opened.isAfter(openedTo.get()));
    }

    public ObjectProperty<IncidentStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Category> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    public ObjectProperty<LocalDate> openedFromProperty() {
        return openedFrom;
    }

    public ObjectProperty<LocalDate> openedToProperty() {
        return openedTo;
    }

    /** True when any filter is set (the search box aside). */
    public BooleanBinding filteredProperty() {
        return filtered;
    }

    /** Back to every incident the search matches. */
    public void clearFilters() {
        statusFilter.set(null);
        categoryFilter.set(null);
        severityFilter.set(null);
        openedFrom.set(null);
        openedTo.set(null);
    }

    /** The search index read from the store (see {@code SearchAndDue}). */
    public void setSearchTexts(Map<String, SearchText> texts) {
        searchTexts = new HashMap<>(texts);
        lastMatches = null;
        filter();
    }

    /** One incident's text after it was edited (empty: it is gone). */
    public void setSearchText(String incidentId, Optional<SearchText> text) {
        Map<String, SearchText> texts = new HashMap<>(searchTexts);
        text.ifPresentOrElse(t -> texts.put(incidentId, t), () -> texts.remove(incidentId));
        searchTexts = texts;
        lastMatches = null;
        filter();
    }

    /**
     * The field that brought this incident into the results when its title does not show why (a customer's name, an
     * email, the root cause...); empty without a query or when the title holds every word.
     */
    public Optional<SearchText.Field> matchedBeyondTitle(IncidentSummary incident) {
        SearchText text = searchTexts.get(incident.id());
        String[] words = IncidentSearch.words(query.get());
        return text == null || words.length == 0 ? Optional.empty() : text.matchedBeyondTitle(words);
    }

    /** How many things past incidents ask of the owner (the Due view), for the badge on the list. */
    public IntegerProperty dueCountProperty() {
        return dueCount;
    }

    /** True once {@link #setAll} gave every incident, not just the first screenful. */
    private boolean complete;

    /**
     * The newest incidents, read first so the list shows at once with thousands; ignored once the whole list came
     * (a first screenful that arrives late must not hide the rest).
     */
    public void showFirst(List<IncidentSummary> newest) {
        if (!complete) {
            all.setAll(newest);
            lastMatches = null;
            filter();
        }
    }

    public void setAll(List<IncidentSummary> incidents) {
        complete = true;
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
