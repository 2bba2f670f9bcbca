package app.makegood.ui;

import app.makegood.domain.Discoverer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.Milestones;
import app.makegood.domain.Moment;
import app.makegood.domain.SampleIncidents;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner enters when the service was restored, marks estimates, and is asked when it was resolved. */
class IncidentTimesFlowTest extends AppFlowTest {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void restoredAndResolvedTimesGiveTheDurationsAndAreStored() throws Exception {
        // Minutes only, in the past: the inputs take a time to the minute, and a resolved time is never in the future.
        Instant started = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(6));
        Incident incident = SampleIncidents.edit(SampleIncidents.minimal("Card machine down", started), e -> {
            e.happenedAt = Optional.of(started);
            e.discoveredAt = Optional.of(started.plus(Duration.ofMinutes(30)));
            e.discoveredBy = Discoverer.US;
            e.firstNoticeAt = Optional.of(started.plus(Duration.ofMinutes(90)));
            e.status = IncidentStatus.CUSTOMERS_TOLD;
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        driver.start(dataDir);
        driver.open("Card machine down");
        AppDriver.waitUntil(() -> lookup("#restoredTime").tryQuery().isPresent());
        assertEquals("Time to detect: 30 min \u00b7 to tell customers: 1 h", driver.text("#durations"));

        ZonedDateTime restored = started.plus(Duration.ofHours(3)).atZone(ZoneId.systemDefault());
        enter("#restoredDate", "#restoredTime", restored);
        clickOn(lookup("#happenedApproximate").<CheckBox>query());
        AppDriver.waitUntil(() -> driver.text("#durations").contains("to restore"));
        assertEquals("Time to detect: about 30 min \u00b7 to tell customers: 1 h \u00b7 to restore: about 3 h",
                driver.text("#durations"), "an estimated start makes the durations from it estimates");

        // Marking it fixed offers now as the resolved time; the owner says it was an hour ago, roughly.
        clickOn("#advanceStatus");
        AppDriver.waitUntil(() -> lookup("#resolvedDialogTime").tryQuery().isPresent());
        ZonedDateTime resolved = started.plus(Duration.ofHours(5)).atZone(ZoneId.systemDefault());
        enter("#resolvedDialogDate", "#resolvedDialogTime", resolved);
        clickOn(lookup("#resolvedDialogApproximate").<CheckBox>query());
        clickOn("Record this time");
        AppDriver.waitUntil(() -> "Fixed".equals(driver.text("#statusBadge")));
        assertEquals(resolved.format(HH_MM), driver.text("#resolvedTime"));
        assertTrue(lookup("#resolvedApproximate").<CheckBox>query().isSelected());
        assertTrue(driver.text("#durations").endsWith("to resolve: about 5 h"), driver.text("#durations"));
        driver.waitForSaved();

        driver.stop();
        try (Database db = Database.open(dataDir)) {
            Milestones m = new JdbcIncidentRepository(db).find(incident.id()).orElseThrow().milestones();
            assertEquals(Optional.of(restored.toInstant()), m.restoredAt());
            assertEquals(Optional.of(resolved.toInstant()), m.resolvedAt());
            assertEquals(Set.of(Moment.STARTED, Moment.RESOLVED), m.approximate());
            assertEquals(Optional.of(ZoneId.systemDefault()), m.zone());
        }
        driver.start(dataDir);
    }

    private void enter(String dateQuery, String timeQuery, ZonedDateTime at) {
        DatePicker date = lookup(dateQuery).query();
        TextField time = lookup(timeQuery).query();
        interact(() -> {
            date.setValue(at.toLocalDate());
            time.setText(at.format(HH_MM));
        });
    }
}
