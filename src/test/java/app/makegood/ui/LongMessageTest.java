package app.makegood.ui;

import app.makegood.export.IncidentJson;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A message about a runaway value (a 1,000,000-character title) is short, and its window fits on the screen. */
class LongMessageTest extends AppFlowTest {
    @Test
    void importingAMillionCharacterTitleShowsAnAlertThatFitsTheScreen() throws Exception {
        Path file = dataDir.resolve("huge.json");
        new IncidentJson().writeFile(List.of(minimal("A".repeat(1_000_000), Instant.parse("2026-11-01T10:00:00Z"))),
                file);
        driver.start(dataDir);
        driver.willPick(file);

        press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup(".alert").tryQuery().isPresent());

        assertFits();
    }

    @Test
    void anAlertToldAMillionCharactersStillFitsTheScreen() throws Exception {
        driver.start(dataDir);
        Window main = window(0);
        interact(() -> new Dialogs(main, new Messages(java.util.Locale.UK)).error("B".repeat(1_000_000)));
        AppDriver.waitUntil(() -> lookup(".alert").tryQuery().isPresent());

        assertFits();
    }

    private void assertFits() {
        DialogPane pane = lookup(".alert").queryAs(DialogPane.class);
        double screen = Screen.getPrimary().getVisualBounds().getHeight();
        Window alert = pane.getScene().getWindow();
        assertTrue(pane.getContentText().length() <= Dialogs.MESSAGE_LIMIT, pane.getContentText().length() + " chars");
        assertTrue(alert.getHeight() <= screen, "alert " + alert.getHeight() + " px, screen " + screen + " px");
    }
}
