package app.makegood.ui.incidents;

import app.makegood.domain.Category;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private List<String> titles() {
        return list.shown().stream().map(IncidentSummary::title).toList();
    }

    private static IncidentSummary summary(String title) {
        return new IncidentSummary(title, title, Category.OTHER, Severity.MINOR, IncidentStatus.OPEN, Instant.EPOCH, 1,
                Optional.empty());
    }
}
