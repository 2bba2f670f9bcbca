package app.makegood.ui;

import app.makegood.domain.Incident;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static app.makegood.domain.SampleIncidents.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone else saves the open incident (issue 19; here a second repository on the same workbook): the window's next
 * autosave is refused, the footer says so with Reload, and after reloading the owner's words are there to copy.
 */
class ChangedElsewhereFlowTest extends AppFlowTest {
    @Test
    void aSaveOverSomeoneElsesIsRefusedAndReloadKeepsBoth() throws Exception {
        driver.start(dataDir);
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Wrong cake");
        driver.waitForSaved();

        // Kept open to the end: closing the last other handle on the file would close the window's too.
        try (Database db = Database.open(dataDir)) {
            IncidentRepository colleague = new JdbcIncidentRepository(db);
            String id = colleague.list().get(0).id();
            Incident theirs = colleague.findStored(id).orElseThrow().incident();
            colleague.save(edit(theirs, e -> {
                e.title = "Wrong cake delivered";
                e.explain = "The labels were swapped.";
            }));
            editOnAfterTheirSave(colleague, id);
        }
    }

    private void editOnAfterTheirSave(IncidentRepository repository, String id) throws Exception {
        clickOn("#title").write(" at noon");
        AppDriver.waitUntil(() -> driver.text(".save-indicator").startsWith("Someone else changed this incident"));
        assertEquals("Wrong cake at noon", driver.text("#title"), "the typed text stays in the field");

        clickOn("#reloadButton");
        AppDriver.waitUntil(() -> driver.text("#title").equals("Wrong cake delivered"));
        assertTrue(driver.visible("#copyTypedButton").isVisible());
        assertTrue(driver.text(".save-indicator").contains("set aside"), driver.text(".save-indicator"));

        clickOn("#title").write(", sorry");
        driver.waitForSaved();
        Incident stored = repository.find(id).orElseThrow();
        assertEquals("Wrong cake delivered, sorry", stored.title());
        assertEquals("The labels were swapped.", stored.explain(), "nothing of theirs is lost");
    }
}
