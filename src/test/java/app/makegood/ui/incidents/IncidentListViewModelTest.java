package app.makegood.ui.incidents;

import app.makegood.domain.Category;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentListViewModelTest {
    private final IncidentListViewModel list = new IncidentListViewModel();

    @Test
    void everyWordOfTheQueryMustBeInTheTitleWhateverTheCase() {
        list.setAll(List.of(summary("Wrong winter coat sent"), summary("Wrong sofa sent"), summary("Late coat")));
        list.queryProperty().set("  COAT   wrong ");
        assertEquals(List.of("Wrong winter coat sent"), titles());
        list.queryProperty().set(" ");
        assertEquals(3, titles().size());
    }

    @Test
    void filtersCombineWithEachOtherAndWithTheSearch() {
        list.setAll(List.of(
                summary("Coat late", Category.LATE_DELIVERY, Severity.MINOR, IncidentStatus.OPEN, "2026-10-01T10:00:00Z"),
                summary("Coat wrong", Category.WRONG_ORDER, Severity.SEVERE, IncidentStatus.OPEN, "2026-10-05T10:00:00Z"),
                summary("Sofa wrong", Category.WRONG_ORDER, Severity.SEVERE, IncidentStatus.CLOSED, "2026-10-06T10:00:00Z"),
                summary("Sofa late", Category.LATE_DELIVERY, Severity.SEVERE, IncidentStatus.OPEN, "2026-10-09T10:00:00Z")));
        assertFalse(list.filteredProperty().get());

        list.statusFilterProperty().set(IncidentStatus.OPEN);
        assertTrue(list.filteredProperty().get());
        assertEquals(List.of("Coat late", "Coat wrong", "Sofa late"), titles());
        list.severityFilterProperty().set(Severity.SEVERE);
        assertEquals(List.of("Coat wrong", "Sofa late"), titles());
        list.categoryFilterProperty().set(Category.WRONG_ORDER);
        assertEquals(List.of("Coat wrong"), titles());

        // The search narrows what the filters let through, and the filters what the search found.
        list.categoryFilterProperty().set(null);
        list.queryProperty().set("sofa");
        assertEquals(List.of("Sofa late"), titles());
        list.statusFilterProperty().set(null);
        assertEquals(List.of("Sofa wrong", "Sofa late"), titles());
        list.queryProperty().set("coat");
        assertEquals(List.of("Coat wrong"), titles());

        list.clearFilters();
        assertFalse(list.filteredProperty().get());
        assertEquals(List.of("Coat late", "Coat wrong"), titles());
        list.queryProperty().set("");
        assertEquals(4, titles().size());
    }

    @Test
    void theDateRangeIncludesBothEndsInTheLocalZone() {
        list.setZone(ZoneId.of("Europe/Paris"));
        list.setAll(List.of(
                summary("Before", Category.OTHER, Severity.MINOR, IncidentStatus.OPEN, "2026-10-01T21:59:00Z"),
                summary("First day, late evening", Category.OTHER, Severity.MINOR, IncidentStatus.OPEN, "2026-10-01T22:30:00Z"),
                summary("Last day", Category.OTHER, Severity.MINOR, IncidentStatus.OPEN, "2026-10-05T21:59:00Z"),
                summary("After", Category.OTHER, Severity.MINOR, IncidentStatus.OPEN, "2026-10-05T22:00:00Z")));
        list.openedFromProperty().set(LocalDate.of(2026, 10, 2));
        assertEquals(List.of("First day, late evening", "Last day", "After"), titles());
        list.openedToProperty().set(LocalDate.of(2026, 10, 5));
        assertEquals(List.of("First day, late evening", "Last day"), titles());
        list.openedFromProperty().set(null);
        assertEquals(List.of("Before", "First day, late evening", "Last day"), titles());
        list.openedFromProperty().set(LocalDate.of(2026, 10, 5));
        assertEquals(List.of("Last day"), titles());
        list.queryProperty().set("after");
        assertEquals(List.of(), titles());
    }

    /** At start the newest rows show first; the whole list replaces them, and a late first screenful is ignored. */
    @Test
    void theListIsFilledFromTheFirstScreenfulThenFromEveryIncident() {
        list.queryProperty().set("coat");
        list.showFirst(List.of(summary("Coat newest"), summary("Sofa")));
        assertEquals(List.of("Coat newest"), titles());

        list.setAll(List.of(summary("Coat newest"), summary("Sofa"), summary("Coat oldest")));
        list.showFirst(List.of(summary("Coat newest")));

        assertEquals(List.of("Coat newest", "Coat oldest"), titles());
    }

    private List<String> titles() {
        return list.shown().stream().map(IncidentSummary::title).toList();
    }

    private static IncidentSummary summary(String title) {
        return new IncidentSummary(title, title, Category.OTHER, Severity.MINOR, IncidentStatus.OPEN, Instant.EPOCH, 1,
                Optional.empty());
    }

    private static IncidentSummary summary(String title, Category category, Severity severity, IncidentStatus status,
                                           String openedAt) {
        return new IncidentSummary(title, title, category, severity, status, Instant.parse(openedAt), 1,
                Optional.empty());
    }
}
