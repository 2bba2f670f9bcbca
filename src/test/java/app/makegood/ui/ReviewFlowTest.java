package app.makegood.ui;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.WhyStep;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Looking back: find an incident by a word of its root cause, open one from the Due view on the right step, and
 * restore a backup over later changes.
 */
class ReviewFlowTest extends AppFlowTest {
    @TempDir
    Path elsewhere;

    @Test
    void findsAnIncidentByItsRootCauseAndOpensAnotherFromTheDueView() throws Exception {
        Incident oven = SampleIncidents.edit(SampleIncidents.minimal("Burnt birthday cake",
                Instant.parse("2026-10-01T10:00:00Z")), e -> e.whys = List.of(
                new WhyStep("Why was the cake burnt?", "The oven ran hot", false),
                new WhyStep("Why did it run hot?", "A worn thermostat nobody calibrates", true)));
        AffectedCustomer anna = AffectedCustomer.named("Anna Müller", "anna@example.com");
        Incident parcel = SampleIncidents.edit(SampleIncidents.minimal("Parcel sent to the wrong town",
                Instant.parse("2026-10-02T10:00:00Z")), e -> {
            e.customers = List.of(new AffectedCustomer(anna.id(), anna.name(), anna.email(), "", Optional.empty(),
                    OfferKind.CREDIT, Optional.empty(), "Credit for the next order", OfferState.OFFERED, "", "", "",
                    Optional.empty()));
            e.actions = List.of(new CorrectiveAction("act-1", "Check labels against the order", "Sam",
                    Optional.of(LocalDate.now().minusDays(2)), ActionStatus.PLANNED, "", List.of(), Optional.empty(), ""));
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(oven, parcel));
        }

        driver.start(dataDir);
        // The badge on the list says how much is due: an overdue action and an unanswered offer.
        AppDriver.waitUntil(() -> lookup("#dueBadge").<Labeled>query().isVisible());
        assertEquals("2 things due", driver.text("#dueBadge"));
        assertTrue(Files.isRegularFile(dataDir.resolve("backups").resolve("makegood-" + LocalDate.now() + ".zip"))
                || waitForBackup(), "the automatic backup on start");

        // Search by a word of the root cause (a why answer), then Enter opens the top result.
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("thermostat");
        AppDriver.waitUntil(() -> lookup("#table").<TableView<?>>query().getItems().size() == 1);
        type(KeyCode.ENTER);
        AppDriver.waitUntil(() -> lookup("#incidentTitle").tryQuery().isPresent()
                && "Burnt birthday cake".equals(driver.text("#incidentTitle")));

        // View ▸ Due (Ctrl+2): the offer Anna has not answered opens the incident on Make amends.
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#dueTable").tryQuery().isPresent()
                && lookup("#dueTable").<TableView<?>>query().getItems().size() == 2);
        driver.open("Anna Müller has not answered the offer: ask again, or record the answer");
        AppDriver.waitUntil(() -> lookup("#stepTitle").tryQuery().isPresent()
                && "Make amends".equals(driver.text("#stepTitle")));
        assertEquals("Parcel sent to the wrong town", driver.text("#incidentTitle"));

        // And the overdue action, with the keyboard, on Prove the fix.
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#dueTable").tryQuery().isPresent()
                && lookup("#dueTable").<TableView<?>>query().getItems().size() == 2);
        type(KeyCode.ENTER); // the first row, selected: the overdue action
        AppDriver.waitUntil(() -> lookup("#stepTitle").tryQuery().isPresent()
                && "Prove the fix".equals(driver.text("#stepTitle")));

        // File ▸ Back up to…, add an incident, then File ▸ Restore from… brings back the two of the backup.
        Path backup = elsewhere.resolve("backup.zip");
        driver.willPick(backup);
        clickOn("File").clickOn("Back up to\u2026");
        AppDriver.waitUntil(() -> Files.isRegularFile(backup) && lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Made after the backup");
        driver.waitForSaved();
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL); // back to the list; clear the search
        type(KeyCode.BACK_SPACE);
        AppDriver.waitUntil(() -> "3 incidents".equals(driver.text("#countLabel")));

        driver.willPick(backup);
        clickOn("File").clickOn("Restore from\u2026");
        AppDriver.waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String question = lookup(".dialog-pane").<DialogPane>query().getContentText();
        assertTrue(question.contains("holds 2 incidents") && question.contains("Parcel sent to the wrong town"), question);
        clickOn("OK");
        AppDriver.waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent()
                && lookup(".dialog-pane").<DialogPane>query().getContentText().startsWith("Restored."));
        clickOn("OK");
        AppDriver.waitUntil(() -> "2 incidents".equals(driver.text("#countLabel")));
    }

    private boolean waitForBackup() throws Exception {
        AppDriver.waitUntil(() -> Files.isRegularFile(dataDir.resolve("backups").resolve("makegood-" + LocalDate.now() + ".zip")));
        return true;
    }
}
