package app.makegood.ui;

import app.makegood.domain.SampleIncidents;
import app.makegood.store.Backups;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: restoring a backup of an empty workbook over one with incidents is never the default answer. */
class RestoreDialogTest extends AppFlowTest {
    @TempDir
    Path elsewhere;

    @Test
    void anEmptyBackupSaysSoAndEnterCancels() throws Exception {
        Path empty = elsewhere.resolve("empty.zip");
        try (Database db = Database.open(elsewhere.resolve("empty workbook"))) {
            new Backups(db, elsewhere.resolve("empty workbook"), Clock.systemDefaultZone()).backupTo(empty);
        }
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(
                    SampleIncidents.minimal("Burnt cake", Instant.parse("2026-11-01T10:00:00Z")),
                    SampleIncidents.minimal("Stale bread", Instant.parse("2026-11-02T10:00:00Z"))));
        }
        driver.start(dataDir);
        AppDriver.waitUntil(() -> "2 incidents".equals(driver.text("#countLabel")));

        driver.willPick(empty);
        clickOn("File").clickOn("Restore from\u2026");
        AppDriver.waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = lookup(".dialog-pane").query();
        assertTrue(question.getContentText().contains("holds no incidents: restoring it leaves MakeGood empty"),
                question.getContentText());
        assertTrue(((Button) question.lookupButton(ButtonType.CANCEL)).isDefaultButton(), "Cancel is the default");
        assertFalse(((Button) question.lookupButton(ButtonType.OK)).isDefaultButton(), "OK is not");

        type(KeyCode.ENTER);
        AppDriver.waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertTrue("2 incidents".equals(driver.text("#countLabel")), driver.text("#countLabel"));
    }
}
