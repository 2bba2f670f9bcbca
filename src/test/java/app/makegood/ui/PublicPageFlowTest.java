package app.makegood.ui;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Ids;
import app.makegood.domain.Incident;
import app.makegood.domain.StatusUpdate;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Export public page: the owner sees what will be replaced, and may cancel, before anything is written. */
class PublicPageFlowTest extends AppFlowTest {
    @TempDir
    Path out;

    @Test
    void theOwnerSeesWhatIsReplacedBeforeThePageIsWritten() throws Exception {
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
        Incident incident = edit(minimal("Refund for Zoë", t0), e -> {
            e.customers = List.of(AffectedCustomer.named("Zoë Adams", "zoe@example.com"));
            e.firstNoticeAt = Optional.of(t0);
            e.updates = List.of(new StatusUpdate(Ids.newId(), t0, "Zoë  Adams, €297.02 is on its way.", true));
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        driver.start(dataDir);
        driver.open("Refund for Zoë");
        AppDriver.waitUntil(() -> lookup("#step-3").tryQuery().isPresent());

        // Cancel: nothing is asked for, nothing written
        Path cancelled = out.resolve("cancelled.html");
        driver.willPick(cancelled);
        exportPublicPage();
        AppDriver.waitUntil(() -> confirmation().isPresent());
        String said = confirmation().get().getContentText();
        assertTrue(said.contains("'Zoë' \u2192 'a customer'\n'Zoë Adams' \u2192 'a customer'\n"
                + "'€297.02' \u2192 '[amount]'"), said);
        clickOn("Cancel");
        assertFalse(Files.exists(cancelled));
        assertEquals(List.of(cancelled), List.copyOf(ScriptedApp.PICKS), "no save dialog after Cancel");

        // Continue: the file is proposed and written without the name
        exportPublicPage();
        AppDriver.waitUntil(() -> confirmation().isPresent());
        clickOn("Continue");
        AppDriver.waitUntil(() -> Files.exists(cancelled));
        assertEquals("Incident - Refund for a customer.html", ScriptedApp.lastProposedName);
        String page = Files.readString(cancelled);
        assertFalse(page.contains("Zoë") || page.contains("Adams") || page.contains("297"), page);
        assertTrue(page.contains("A customer, [amount] is on its way."), page);
    }

    /** Explain ▸ Copy as plain text is public too: the clipboard gets the redacted title and update. */
    @Test
    void aCopiedUpdateNamesNobody() throws Exception {
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
        Incident incident = edit(minimal("Refund for Zoë", t0), e -> {
            e.customers = List.of(AffectedCustomer.named("Zoë Adams", "zoe@example.com"));
            e.updates = List.of(new StatusUpdate(Ids.newId(), t0, "Zoe\nAdams, call 07700 900123 about $1,200.", false));
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        driver.start(dataDir);
        driver.open("Refund for Zoë");
        AppDriver.waitUntil(() -> lookup("#step-3").tryQuery().isPresent());
        clickOn("#step-3");
        TableView<?> updates = driver.visible("#updates");
        interact(() -> updates.getSelectionModel().select(0));
        interact(() -> driver.<Button>visible("#copyUpdate").fire());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.startsWith("Refund for a customer \u2014 update, "), copied);
        assertTrue(copied.endsWith("\n\nA customer, call [phone number] about [amount]."), copied);
    }

    private void exportPublicPage() {
        String text = new Messages(Locale.UK).get("menu.file.publicPage");
        MenuBar bar = lookup(".menu-bar").query();
        MenuItem item = bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        interact(item::fire);
    }

    private Optional<DialogPane> confirmation() {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot())
                .filter(pane -> pane.getContentText() != null && pane.getContentText().contains("will be replaced"))
                .findFirst();
    }
}
