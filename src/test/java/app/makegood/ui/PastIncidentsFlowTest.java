package app.makegood.ui;

import app.makegood.domain.Category;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.Severity;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Looking through past incidents: the list's filters, and a closed incident opened read-only. */
class PastIncidentsFlowTest extends AppFlowTest {
    private void seed() throws Exception {
        Incident closed = SampleIncidents.edit(SampleIncidents.minimal("Flour mix-up in the spring",
                Instant.parse("2026-04-02T09:00:00Z")), e -> {
                    e.status = IncidentStatus.CLOSED;
                    e.category = Category.QUALITY_DEFECT;
                    e.severity = Severity.SEVERE;
                });
        Incident open = SampleIncidents.edit(SampleIncidents.minimal("Parcel late in October",
                Instant.parse("2026-10-02T09:00:00Z")), e -> {
                    e.category = Category.LATE_DELIVERY;
                    e.severity = Severity.MINOR;
                });
        Incident fixed = SampleIncidents.edit(SampleIncidents.minimal("Cake burnt in October",
                Instant.parse("2026-10-20T09:00:00Z")), e -> {
                    e.status = IncidentStatus.FIXED;
                    e.category = Category.QUALITY_DEFECT;
                    e.severity = Severity.SEVERE;
                });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(closed, open, fixed));
        }
    }

    private int rows() {
        return lookup("#table").<TableView<?>>query().getItems().size();
    }

    @Test
    void theFiltersNarrowTheListAndClearTogether() throws Exception {
        seed();
        driver.start(dataDir);
        AppDriver.waitUntil(() -> rows() == 3);
        assertFalse(lookup("#clearFilters").<Hyperlink>query().isVisible());

        driver.choose("#categoryFilter", "Quality defect");
        AppDriver.waitUntil(() -> rows() == 2);
        driver.choose("#statusFilter", "Closed");
        AppDriver.waitUntil(() -> rows() == 1);
        driver.choose("#statusFilter", "Any status");
        AppDriver.waitUntil(() -> rows() == 2);

        // Opened from 1 October, as typed: the spring incident goes.
        clickOn("#openedFrom").write("01/10/2026");
        AppDriver.waitUntil(() -> rows() == 1);
        assertTrue(lookup("#clearFilters").<Hyperlink>query().isVisible());

        clickOn("#clearFilters");
        AppDriver.waitUntil(() -> rows() == 3);
        assertEquals("Any category", driver.comboText("#categoryFilter"));
        assertFalse(lookup("#clearFilters").<Hyperlink>query().isVisible());
    }

    @Test
    void aClosedIncidentOpensReadOnlyUntilEditIsClicked() throws Exception {
        seed();
        driver.start(dataDir);
        driver.open("Flour mix-up in the spring");
        AppDriver.waitUntil(() -> lookup("#incidentTitle").tryQuery().isPresent()
                && "Flour mix-up in the spring".equals(driver.text("#incidentTitle")));
        assertTrue(driver.<TextField>visible("#title").isDisabled());
        assertTrue(lookup("#advanceStatus").<Button>query().isDisabled());
        assertTrue(driver.<Button>visible("#editIncident").isVisible());

        // The step buttons still move between pages while it is read-only.
        clickOn("#step-5");
        AppDriver.waitUntil(() -> "Prove the fix".equals(driver.text("#stepTitle")));
        clickOn("#step-0");
        AppDriver.waitUntil(() -> "What happened".equals(driver.text("#stepTitle")));

        clickOn("#editIncident");
        TextField title = driver.visible("#title");
        assertFalse(title.isDisabled());
        assertFalse(lookup("#editIncident").<Button>query().isVisible());
        clickOn(title).type(KeyCode.END).write(", reviewed");
        driver.waitForSaved();

        clickOn("#allIncidents");
        AppDriver.waitUntil(() -> lookup("Flour mix-up in the spring, reviewed").tryQuery().isPresent());
    }
}
