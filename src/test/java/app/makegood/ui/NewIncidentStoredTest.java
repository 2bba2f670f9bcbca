package app.makegood.ui;

import app.makegood.domain.IncidentSummary;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "✓ Saved" on a new incident is true: the blank incident is in the database before the wizard shows it. */
class NewIncidentStoredTest extends AppFlowTest {
    @Test
    void aNewIncidentShownAsSavedIsInTheDatabase() throws Exception {
        driver.start(dataDir);
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        assertTrue(driver.text(".save-indicator").contains("Saved"), driver.text(".save-indicator"));

        // Read while the window is still open, as after a kill -9 nothing more would be written.
        List<IncidentSummary> stored;
        try (Database db = Database.open(dataDir)) {
            stored = new JdbcIncidentRepository(db).list();
        }
        assertEquals(1, stored.size(), "the blank incident is stored");
        assertEquals("", stored.get(0).title());
    }
}
