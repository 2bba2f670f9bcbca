package app.makegood.ui;

import app.makegood.domain.SampleIncidents;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.TestPostgres;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File ▸ Team database… against the real PostgreSQL of MAKEGOOD_TEST_PG_URL (issue 19): the owner types where it is,
 * tests the connection, uses it and sees the incidents stored there, then goes back to their own workbook.
 */
class TeamDatabaseFlowTest extends AppFlowTest {
    private static final Pattern ADDRESS = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?user=([^&]+)");

    @Test
    void connectsThroughTheDialogSeesTheTeamsIncidentsAndComesBack() throws Exception {
        Matcher server = server();
        try (Database team = Database.connect(TestPostgres.url())) {
            new JdbcIncidentRepository(team).save(SampleIncidents.minimal("Shared by the shop",
                    Instant.parse("2026-11-01T10:00:00Z")));
        }
        driver.start(dataDir);
        assertTrue(lookup("Shared by the shop").tryQuery().isEmpty(), "the own workbook does not hold it");

        openDialog();
        assertEquals("Open now: your own workbook on this computer.", driver.text("#teamNow"));
        assertTrue(driver.text("#teamPasswordNote").contains("never saved"), driver.text("#teamPasswordNote"));
        fillIn(server, "no_such_books");
        clickOn("#teamTestButton");
        AppDriver.waitUntil(() -> driver.text("#teamStatus").contains("has no database named \"no_such_books\""));

        type("#teamDatabase", server.group(3));
        clickOn("#teamTestButton");
        AppDriver.waitUntil(() -> driver.text("#teamStatus").startsWith("Connected: PostgreSQL"));
        assertTrue(driver.text("#teamStatus").endsWith("The team workbook holds one incident."),
                driver.text("#teamStatus"));

        clickOn("#teamUseButton");
        AppDriver.waitUntil(() -> lookup("Shared by the shop").tryQuery().isPresent());
        String where = server.group(3) + " on " + server.group(1) + ":" + server.group(2);
        assertEquals("MakeGood \u00B7 team workbook " + where, title());

        openDialog();
        assertEquals("Open now: the team workbook " + where + ".", driver.text("#teamNow"));
        clickOn("#teamBackButton");
        AppDriver.waitUntil(() -> lookup("#newButton").tryQuery().isPresent() && title().equals("MakeGood"));
        assertTrue(lookup("Shared by the shop").tryQuery().isEmpty(), "back on the own, empty workbook");

        openDialog();
        assertEquals(server.group(1), driver.text("#teamHost"), "the server is remembered");
        assertEquals(server.group(3), driver.text("#teamDatabase"));
    }

    @Test
    void copiesTheOwnWorkbookAndAsksBeforeCopyingIntoOneThatHoldsIncidents() throws Exception {
        Matcher server = server();
        try (Database own = Database.open(dataDir)) {
            new JdbcIncidentRepository(own).save(SampleIncidents.rich("Mine to share", Instant.parse("2026-11-02T09:00:00Z")));
        }
        driver.start(dataDir);
        openDialog();
        fillIn(server, server.group(3));

        clickOn("#teamCopyButton");
        AppDriver.waitUntil(() -> driver.text("#teamCopyReport").startsWith("Copied 1 incident, "));
        assertTrue(driver.text("#teamCopyReport").contains("; checked"), driver.text("#teamCopyReport"));
        assertEquals("Open now: your own workbook on this computer.", driver.text("#teamNow"), "the copy moves nothing");

        clickOn("#teamCopyButton");
        AppDriver.waitUntil(() -> lookup("Copy into it anyway").tryQuery().isPresent());
        clickOn("Copy into it anyway");
        AppDriver.waitUntil(() -> driver.text("#teamStatus").equals("Copied.")
                && !lookup("#teamCopyButton").query().isDisabled());
        try (Database team = Database.connect(TestPostgres.url())) {
            assertEquals(List.of("Mine to share"), new JdbcIncidentRepository(team).list().stream()
                    .map(s -> s.title()).toList());
        }
    }

    private void fillIn(Matcher server, String database) {
        type("#teamHost", server.group(1));
        type("#teamPort", server.group(2));
        type("#teamDatabase", database);
        type("#teamUser", server.group(4));
        driver.choose("#teamTls", "Not encrypted (only on a network you trust)");
    }

    /** The test server's parts, from the address .ci/postgres.sh exports; its schema emptied first. */
    private static Matcher server() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.emptyDatabase();
        Matcher m = ADDRESS.matcher(url);
        assertTrue(m.lookingAt(), "an address like .ci/postgres.sh's: " + url);
        return m;
    }

    private void openDialog() throws Exception {
        String text = new Messages(Locale.UK).get("menu.file.team");
        MenuBar bar = lookup(".menu-bar").query();
        MenuItem item = bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        interact(item::fire);
        AppDriver.waitUntil(() -> lookup("#teamHost").tryQuery().isPresent());
    }

    private void type(String field, String text) {
        TextField f = lookup(field).query();
        clickOn(f);
        interact(f::selectAll);
        write(text);
        assertEquals(text, f.getText());
    }

    private String title() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() == null)
                .map(w -> ((Stage) w).getTitle()).filter(t -> t != null && t.startsWith("MakeGood")).findFirst()
                .orElse("");
    }
}
