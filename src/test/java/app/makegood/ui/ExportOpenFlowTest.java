package app.makegood.ui;

import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 18: after File ▸ Export postmortem the owner may open the file or its folder, as after a letter. */
class ExportOpenFlowTest extends AppFlowTest {
    @TempDir
    Path out;

    @Test
    void anExportedPostmortemCanBeOpenedOrShownInItsFolder() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(minimal("Late cakes", Instant.parse("2026-11-01T10:00:00Z")));
        }
        driver.start(dataDir);
        driver.open("Late cakes");
        ScriptedApp.OPENED.clear();
        Path file = out.resolve("postmortem.md");

        export(file);
        interact(() -> button("Open").fire());
        AppDriver.waitUntil(() -> !ScriptedApp.OPENED.isEmpty());
        assertEquals(List.of(file), List.copyOf(ScriptedApp.OPENED));

        export(file);
        interact(() -> button("Show in folder").fire());
        AppDriver.waitUntil(() -> ScriptedApp.OPENED.size() == 2);
        assertEquals(out.toAbsolutePath(), ScriptedApp.OPENED.get(1));
    }

    private void export(Path file) throws Exception {
        driver.willPick(file);
        String text = new Messages(Locale.UK).get("menu.file.postmortem");
        MenuBar bar = lookup(".menu-bar").query();
        MenuItem item = bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        interact(item::fire);
        AppDriver.waitUntil(() -> Files.exists(file) && saved().isPresent());
    }

    private Button button(String text) {
        return (Button) saved().orElseThrow().getButtonTypes().stream()
                .filter(t -> t.getText().equals(text)).map(saved().get()::lookupButton).findFirst().orElseThrow();
    }

    private Optional<DialogPane> saved() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot())
                .filter(pane -> pane.getContentText() != null && pane.getContentText().startsWith("Saved "))
                .findFirst();
    }
}
