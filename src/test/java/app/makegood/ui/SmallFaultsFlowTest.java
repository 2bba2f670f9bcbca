package app.makegood.ui;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
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
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Faults a new user met (issue 18): the Due view's follow-up letter, and a restore after the Letters page. */
class SmallFaultsFlowTest extends AppFlowTest {
    private static final String TITLE = "Saturday's wedding cakes were burnt";
    @TempDir
    Path elsewhere;

    @Test
    void theDueFollowUpLetterOpensLettersOnTheFollowUp() throws Exception {
        store();
        driver.start(dataDir);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#dueTable").tryQuery().isPresent()
                && !lookup("#dueTable").<TableView<?>>query().getItems().isEmpty());
        driver.open("Send the follow-up letter: tell customers what changed");
        AppDriver.waitUntil(() -> lookup("#stepTitle").tryQuery().isPresent()
                && "Letters".equals(driver.text("#stepTitle")));
        assertEquals("Follow-up: the fix is in place", driver.comboText("#letterKind"));
    }

    @Test
    void restoringAfterTheLettersPageWasOpenRaisesNothing() throws Exception {
        store();
        driver.start(dataDir);
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        });
        try {
            for (int visit = 0; visit < 2; visit++) {
                driver.open(TITLE);
                AppDriver.waitUntil(() -> lookup("#step-6").tryQuery().isPresent());
                clickOn("#step-6");
                AppDriver.waitUntil(() -> "Letters".equals(driver.text("#stepTitle")));
                clickOn("#allIncidents");
            }
            Path backup = elsewhere.resolve("backup.zip");
            driver.willPick(backup);
            clickOn("File").clickOn("Back up to\u2026");
            AppDriver.waitUntil(() -> Files.isRegularFile(backup) && lookup(".dialog-pane").tryQuery().isPresent());
            clickOn("OK");
            driver.willPick(backup);
            clickOn("File").clickOn("Restore from\u2026");
            AppDriver.waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
            clickOn("OK");
            AppDriver.waitUntil(() -> lookup(".dialog-pane").tryQuery()
                    .map(p -> ((javafx.scene.control.DialogPane) p).getContentText().startsWith("Restored")).orElse(false));
            clickOn("OK");
        } finally {
            interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
        assertEquals(List.of(), uncaught.stream().map(String::valueOf).toList());
    }

    private void store() throws Exception {
        Incident cakes = SampleIncidents.edit(SampleIncidents.minimal(TITLE, Instant.parse("2026-10-01T10:00:00Z")),
                e -> {
                    e.customers = List.of(AffectedCustomer.named("Anna M\u00fcller", "anna@example.com"));
                    e.followUpDue = Optional.of(LocalDate.now().minusDays(1));
                });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(cakes));
        }
    }
}
