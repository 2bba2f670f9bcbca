package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives a whole incident through the wizard like a user, restarts the app and finds everything again. */
class WizardFlowTest extends AppFlowTest {
    @Test
    void aWholeIncidentSurvivesARestart() throws Exception {
        driver.start(dataDir);
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());

        // What happened
        clickOn("#title").write("Wedding cake delivered two hours late");
        driver.choose("#category", "Late delivery");
        driver.choose("#severity", "Severe");
        clickOn("#happenedDate .text-field").write("14/11/2026").type(KeyCode.TAB);
        clickOn("#happenedTime").write("14:00");
        clickOn("#discoveredDate .text-field").push(KeyCode.CONTROL, KeyCode.A).write("14/11/2026").type(KeyCode.TAB);
        clickOn("#discoveredTime").push(KeyCode.CONTROL, KeyCode.A).write("16:05");
        driver.choose("#discoveredBy", "The customer");
        driver.tabTo("addCustomer").type(KeyCode.SPACE).write("Zoë Müller");
        driver.tabTo("customerEmail").write("zoe@example.com");
        driver.tabTo("customerExpected").write("Three-tier wedding cake");
        driver.tabTo("customerValue").write("420");
        clickOn("#nextButton");

        // Admit: the text area has the focus after Next
        write("We delivered your wedding cake two hours late, and I am sorry.");
        clickOn("#nextButton");
        write("Thank you for calling us straight away.");
        clickOn("#nextButton");

        // Explain, with a status update marked as sent
        write("Our van broke down and we had no backup driver.");
        clickOn("#newUpdate").write("A second van is booked for every wedding from now on.");
        clickOn("#addUpdate");
        // One text per update and one plain sentence: "Sent to customers by website".
        assertTrue(cellText("Not sent yet").isPresent(), "the new update is not sent yet");
        javafx.scene.control.ComboBox<?> channel = lookup("#selectedChannel").query();
        assertTrue(channel.isDisabled(), "where it went waits until it is sent");
        interact(() -> driver.<javafx.scene.control.ScrollPane>visible("#scroller").setVvalue(1));
        clickOn("#selectedSent");
        assertTrue(!channel.isDisabled());
        interact(channel::requestFocus);
        write("website");
        type(KeyCode.TAB);
        AppDriver.waitUntil(() -> cellText("\u2713 Sent by website").isPresent());
        clickOn("#nextButton");

        // Make amends: the first customer is selected
        driver.choose("#offerKind", "Refund");
        clickOn("#offerAmount").write("420");
        clickOn("#offerNote").write("A full refund, and your anniversary cake is on us.");
        driver.choose("#offerState", "Accepted");
        clickOn("#nextButton");

        // Prove the fix
        write("The cake arrived two hours late.");
        String[] answers = {"The van broke down", "It had not been serviced", "No service schedule existed",
            "Nobody owned vehicle upkeep", "Our checklist had no vehicle step"};
        for (int i = 0; i < answers.length; i++) {
            Node answer = lookup("#why-answer-" + i).query(); // focused, so the wizard scrolls it into view
            interact(answer::requestFocus);
            write(answers[i]);
        }
        type(KeyCode.TAB).type(KeyCode.SPACE); // Tab moves from the last answer to its "root cause" choice
        driver.tabTo("addAction").type(KeyCode.SPACE).write("Add vehicle service to the weekly checklist");
        driver.tabTo("actionOwner").write("Operations");
        driver.tabTo("actionDue").write("30/11/2026");
        driver.tabTo("actionStatus");
        driver.choose("#actionStatus", "Done");
        driver.tabTo("actionEvidence").write("Checklist v2 printed and pinned in the bakery.");
        driver.tabTo("followUpDue").write("05/12/2026").type(KeyCode.TAB);
        clickOn("#advanceStatus");
        // Marking it fixed asks when it was resolved; "Not now" moves on without a time.
        AppDriver.waitUntil(() -> lookup("#resolvedDialogTime").tryQuery().isPresent());
        clickOn("Not now");
        driver.waitForSaved();

        driver.stop();
        driver.start(dataDir);

        driver.open("Wedding cake delivered two hours late");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        assertEquals("Wedding cake delivered two hours late", driver.text("#title"));
        // The update marked sent told customers (status "Customers told"); the status button then moved it on.
        assertEquals("Fixed", driver.text(".status-badge"));
        assertEquals("Late delivery", driver.comboText("#category"));
        assertEquals("Severe", driver.comboText("#severity"));
        assertEquals(LocalDate.of(2026, 11, 14), lookup("#happenedDate").<DatePicker>query().getValue());
        assertEquals("14:00", driver.text("#happenedTime"));
        assertEquals("16:05", driver.text("#discoveredTime"));
        assertEquals("The customer", driver.comboText("#discoveredBy"));
        clickOn("Zoë Müller");
        assertEquals("zoe@example.com", driver.text("#customerEmail"));
        assertEquals("Three-tier wedding cake", driver.text("#customerExpected"));
        assertEquals("420.00", driver.text("#customerValue"));

        clickOn("#step-1");
        assertEquals("We delivered your wedding cake two hours late, and I am sorry.", driver.text(".letter-text"));
        clickOn("#step-2");
        assertEquals("Thank you for calling us straight away.", driver.text(".letter-text"));
        clickOn("#step-3");
        assertEquals("Our van broke down and we had no backup driver.", driver.text("#explain"));
        Node updates = driver.visible("#updates");
        assertTrue(lookup("#selectedSent").<CheckBox>query().isSelected(), "the update is still marked sent");
        assertEquals("website", lookup("#selectedChannel").<javafx.scene.control.ComboBox<String>>query().getValue(),
                "and where it went is kept");
        assertTrue(from(updates).lookup("A second van is booked for every wedding from now on.").tryQuery().isPresent());

        clickOn("#step-4");
        assertEquals("Refund", driver.comboText("#offerKind"));
        assertEquals("420.00", driver.text("#offerAmount"));
        assertEquals("A full refund, and your anniversary cake is on us.", driver.text("#offerNote"));
        assertEquals("Accepted", driver.comboText("#offerState"));

        clickOn("#step-5");
        assertEquals("The cake arrived two hours late.", driver.text("#problem"));
        for (int i = 0; i < answers.length; i++) {
            assertEquals(answers[i], lookup("#why-answer-" + i).<javafx.scene.control.TextInputControl>query().getText());
        }
        assertTrue(lookup(".why-row").nth(4).lookup(".radio-button").<RadioButton>query().isSelected());
        clickOn("#why-answer-4");
        driver.tabTo("actions");
        clickOn("Add vehicle service to the weekly checklist");
        assertEquals("Operations", driver.text("#actionOwner"));
        assertEquals(LocalDate.of(2026, 11, 30), lookup("#actionDue").<DatePicker>query().getValue());
        assertEquals("Done", driver.comboText("#actionStatus"));
        assertEquals("Checklist v2 printed and pinned in the bakery.", driver.text("#actionEvidence"));
        assertEquals(LocalDate.of(2026, 12, 5), lookup("#followUpDue").<DatePicker>query().getValue());
    }

    @Test
    void undoInATextFieldTakesBackOneEdit() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Late order");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Late", driver.text("#title"), "one undo takes back the last word, not more");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", driver.text("#title"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("Late", driver.text("#title"));
    }

    private java.util.Optional<String> cellText(String text) {
        return lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()))
                .tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText());
    }
}
