package app.makegood.ui;

import app.makegood.domain.ContributingFactor;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.SupportingLink;
import app.makegood.domain.WhyStep;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner opens the postmortem notes on the Prove step, fills them from the keyboard, and they are stored. */
class PostmortemNotesFlowTest extends AppFlowTest {
    @Test
    void theNotesTypedOnTheProveStepAreSaved() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Wedding cakes late");
        clickOn("#step-5");
        TitledPane pane = driver.visible("#notesPane");
        assertFalse(pane.isExpanded(), "the notes stay out of the way until opened");
        assertTrue(pane.getText().endsWith("(0 of 8 filled)"), pane.getText());

        driver.tabTo("notesPane").type(KeyCode.SPACE);
        AppDriver.waitUntil(pane::isExpanded);
        driver.tabTo("trigger").write("The van's clutch failed on the ring road.");
        driver.tabTo("addFactor").type(KeyCode.SPACE).write("Both deliveries were in one van run");
        driver.tabTo("factor-0-ask").type(KeyCode.SPACE);
        driver.tabTo("factor-0-answer-0").write("The plan is made per van.");
        driver.tabTo("impact").write("Two couples cut their cake late.");
        driver.tabTo("people").write("230");
        driver.tabTo("money").write("185.50");
        driver.tabTo("lessons").write("Plan B before the day.");
        driver.tabTo("addLink").type(KeyCode.SPACE).write("Garage invoice");
        driver.tabTo("link-url-0").write("example.com/invoice");
        Label problem = driver.visible(".link-problem");
        assertTrue(problem.getText().contains("is not a web address"), problem.getText());
        push(KeyCode.CONTROL, KeyCode.A).write("https://example.com/invoice");
        AppDriver.waitUntil(() -> !problem.isVisible());
        driver.waitForSaved();
        assertTrue(pane.getText().endsWith("(5 of 8 filled)"), pane.getText());

        PostmortemNotes stored;
        try (Database db = Database.open(dataDir)) {
            JdbcIncidentRepository incidents = new JdbcIncidentRepository(db);
            stored = incidents.find(incidents.list().get(0).id()).orElseThrow().postmortemNotes();
        }
        assertEquals(new PostmortemNotes("The van's clutch failed on the ring road.",
                List.of(new ContributingFactor("Both deliveries were in one van run", List.of(new WhyStep(
                        "Why? (Both deliveries were in one van run)", "The plan is made per van.", false)))),
                "Two couples cut their cake late.", Optional.of(230L), Optional.of(new BigDecimal("185.50")),
                "", "", "", "Plan B before the day.",
                List.of(new SupportingLink("Garage invoice", "https://example.com/invoice"))), stored);
    }
}
