package app.makegood.ui;

import app.makegood.domain.Ids;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.Severity;
import app.makegood.domain.StatusUpdate;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keep them posted: the first-notice clock runs until the first update is sent, then the next update is due. */
@ExtendWith(ApplicationExtension.class)
class PostedFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    private final AppDriver driver = new AppDriver(this);

    @AfterEach
    void stop() throws Exception {
        driver.stop();
    }

    @Test
    void theClockRunsUntilTheFirstUpdateIsSent() throws Exception {
        Instant discovered = Instant.now().minus(Duration.ofHours(3)).minusSeconds(30);
        Incident incident = new Incident(Ids.newId(), "Oven failed: Saturday orders late", null, Severity.SEVERE,
                IncidentStatus.OPEN, Optional.empty(), Optional.of(discovered), null, Optional.empty(),
                "We baked Saturday's orders late, and I am sorry.", "", "", List.of(new StatusUpdate(Ids.newId(),
                discovered.plusSeconds(600), "The oven is repaired; orders go out by noon.", false)),
                List.of(), "", List.of(), List.of(), Optional.empty(), discovered, List.of());
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        driver.start(dataDir);

        // The list shows the running clock
        AppDriver.waitUntil(() -> cellText("not told").isPresent());
        assertTrue(cellText("not told").get().startsWith("\u25CF 3 h"), cellText("not told").get());

        doubleClickOn(cellText("not told").get());
        AppDriver.waitUntil(() -> lookup("#noticeClock").tryQuery().isPresent());
        assertTrue(driver.text("#noticeClock").matches("Discovered 3 h( \\d+ min)? ago \u2014 customers not told yet"),
                driver.text("#noticeClock"));
        assertTrue(driver.visible("#writeFirst").isVisible());

        // Send the first update from the Explain step
        clickOn("#step-3");
        AppDriver.waitUntil(() -> lookup("#selectedSent").match(n -> !n.isDisabled()).tryQuery().isPresent());
        javafx.scene.control.ScrollPane page = lookup("#scroller").query();
        interact(() -> page.setVvalue(1));
        clickOn(driver.<javafx.scene.Node>visible("#selectedSent"));

        AppDriver.waitUntil(() -> driver.text("#noticeClock").startsWith("\u2713 You told customers first, 3 h"));
        assertEquals("Customers told", driver.text("#statusBadge"));
        assertTrue(driver.text("#updateDue").startsWith("Next update due "), driver.text("#updateDue"));
        assertTrue(lookup("#writeFirst").query().isVisible() == false);
        assertTrue(!driver.text("#nextUpdateTime").isBlank(), "the next update is planned on the Explain step");
        driver.waitForSaved();

        // Back in the list the clock has stopped and the next update is shown
        clickOn("#allIncidents");
        AppDriver.waitUntil(() -> cellText("First, in").isPresent());
        assertTrue(cellText("\u2713 First, in 3 h").isPresent());
        TableView<?> table = lookup("#table").query();
        assertEquals(1, table.getItems().size());
    }

    private Optional<String> cellText(String part) {
        return lookup(".table-cell").match(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(part)).tryQuery().map(n -> ((Labeled) n).getText());
    }
}
