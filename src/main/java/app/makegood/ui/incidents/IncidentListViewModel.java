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

import app.makegood.domain.review.IncidentSearch;
import app.makegood.domain.review.SearchIndex;
import app.makegood.domain.review.SearchText;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The incident list, its search box and its filters (status, category, severity, opened from/to), combined. */
public final class IncidentListViewModel {
    private final ObservableList<IncidentSummary> all = FXCollections.observableArrayList();
    /** What the search and the filters let through, in the order of {@code all}; refilled on each change. */
    private final ObservableList<IncidentSummary> shown = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanBinding empty = Bindings.isEmpty(all);

    private final IntegerProperty dueCount = new SimpleIntegerProperty();
    /** Everything written about each incident, indexed for search as you type; titles only until it is read. */
    private SearchIndex searchIndex = SearchIndex.of(Map.of());
    /** The same texts field by field, to say which field brought a row in (see {@link #matchedBeyondTitle}). */
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

    /**
     * Refills the shown rows. A keystroke costs one index look-up and one bit per row: each row's number in the index
     * is worked out once per list and index (see {@link #rowNumbers}), not once per keystroke.
     */
    private void filter() {
        String[] words = IncidentSearch.words(query.get());
        boolean anyFilter = filtered.get();
        SearchIndex index = searchIndex;
        SearchIndex.Matches matches = words.length == 0 ? null : index.matching(words);
        int[] numbers = rowNumbers;
        List<IncidentSummary> through = new ArrayList<>(all.size());
        for (int row = 0; row < all.size(); row++) {
            IncidentSummary s = all.get(row);
            if ((matches == null || matchesSearch(s, numbers[row], index, matches, words))
                    && (!anyFilter || passesFilters(s))) {
                through.add(s);
            }
        }
        if (!sameRows(through, shown)) {
            shown.setAll(through);
        }
    }

    /** The same incidents, by identity: comparing records field by field cost more than the search. */
    private static boolean sameRows(List<IncidentSummary> a, List<IncidentSummary> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** By its bit in the index; an incident whose text is not in the index (yet) by its title. */
    private static boolean matchesSearch(IncidentSummary s, int number, SearchIndex index, SearchIndex.Matches matches,
                                         String[] words) {
        if (number >= 0) {
            return matches.containsNumber(number);
        }
        return index.knows(s.id()) ? matches.contains(s.id())
                : IncidentSearch.matches(IncidentSearch.fold(s.title()), words);
    }

    /** Each row's number in the search index, for the current rows and index; worked out when either changes. */
    private int[] rowNumbers = new int[0];

    private void numberRows() {
        rowNumbers = new int[all.size()];
        for (int row = 0; row < rowNumbers.length; row++) {
            rowNumbers[row] = searchIndex.numberOf(all.get(row).id());
        }
    }

    private boolean passesFilters(IncidentSummary s) {
        return (statusFilter.get() == null || statusFilter.get() == s.status())
                && (categoryFilter.get() == null || categoryFilter.get() == s.category())
                && (severityFilter.get() == null || severityFilter.get() == s.severity())
                && (openedFrom.get() == null && openedTo.get() == null || openedInRange(s));
    }

    private boolean openedInRange(IncidentSummary s) {
        LocalDate opened = s.openedAt().atZone(zone).toLocalDate();
        return (openedFrom.get() == null || !opened.isBefore(openedFrom.get()))
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

    /** The search index built from the store's texts off the UI thread (see {@code SearchAndDue}). */
    public void setSearchIndex(SearchIndex index) {
        setSearchIndex(index, searchTexts);
    }

    /** The index and the texts it was built from, field by field. */
    public void setSearchIndex(SearchIndex index, Map<String, SearchText> texts) {
        searchIndex = index;
        searchTexts = texts;
        numberRows();
        filter();
    }

    /** One incident's text after it was edited (empty: it is gone); the rest of the index stays. */
    public void setSearchText(String incidentId, Optional<SearchText> text) {
        searchIndex = searchIndex.with(incidentId, text.map(SearchText::folded));
        Map<String, SearchText> texts = new HashMap<>(searchTexts);
        text.ifPresentOrElse(t -> texts.put(incidentId, t), () -> texts.remove(incidentId));
        searchTexts = texts;
        numberRows();
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
            numberRows();
            filter();
        }
    }

    public void setAll(List<IncidentSummary> incidents) {
        complete = true;
        all.setAll(incidents);
        numberRows();
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
