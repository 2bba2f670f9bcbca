package app.makegood.ui;

import app.makegood.domain.letters.LetterRefusal;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 in the window: an action's type, priority and "show customers" flag are kept; a stop-gap alone proposes
 * no follow-up and the Letters page says why it cannot be written; the public page's own text is written there.
 */
class TruthfulFlowTest extends AppFlowTest {
    private static final String MITIGATE = "Mitigate: a stop-gap, not the fix";
    private static final String PREVENT = "Prevent: stops it happening again";

    @Test
    void aStopGapIsNotTheFixAndTheFollowUpSaysWhy() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Oven ran too hot");
        driver.tabTo("addCustomer").type(KeyCode.SPACE).write("Anna");

        clickOn("#step-5");
        driver.tabTo("addAction").type(KeyCode.SPACE).write("Switch the oven off and bake next door");
        driver.choose("#actionType", MITIGATE);
        driver.choose("#actionPriority", "High");
        driver.choose("#actionStatus", "Done");
        driver.waitForSaved();
        assertFalse(lookup("#followUpBanner").<Node>query().isVisible(), "a stop-gap alone proposes no follow-up");

        clickOn("#step-6");
        driver.choose("#letterKind", "Follow-up: the fix is in place");
        AppDriver.waitUntil(() -> driver.text("#previewStatus").equals(LetterRefusal.ONLY_MITIGATION_DONE.reason()));
        assertNull(driver.<ImageView>visible("#preview").getImage(), "no letter is shown that could be saved");
        assertTrue(driver.visible("#savePdf").isDisabled());

        TitledPane publicPane = driver.visible("#publicTextPane");
        interact(() -> publicPane.setExpanded(true));
        TextArea publicText = lookup("#publicText").query();
        Node letter = lookup("#previewFrame").query();
        assertTrue(publicText.getWidth() > letter.getLayoutBounds().getWidth(), "the public text is as wide as the page,"
                + " not a side column: " + publicText.getWidth() + " beside a letter " + letter.getLayoutBounds().getWidth());
        interact(publicText::requestFocus);
        write("Our oven overheated on Saturday morning.");

        clickOn("#step-5");
        driver.choose("#actionType", PREVENT);
        CheckBox shown = driver.visible("#evidenceForCustomers");
        interact(shown::requestFocus);
        type(KeyCode.SPACE);
        driver.waitForSaved();
        AppDriver.waitUntil(() -> driver.visible("#followUpBanner").isVisible());

        driver.stop();
        driver.start(dataDir);
        driver.open("Oven ran too hot");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#step-5");
        // The actions table sits below the five whys, out of view: select its one row as the keyboard would.
        TableView<?> actions = driver.visible("#actions");
        interact(() -> {
            actions.requestFocus();
            actions.getSelectionModel().select(0);
        });
        assertEquals(PREVENT, driver.comboText("#actionType"));
        assertEquals("High", driver.comboText("#actionPriority"));
        assertTrue(driver.<CheckBox>visible("#evidenceForCustomers").isSelected());
        clickOn("#step-6");
        interact(() -> driver.<TitledPane>visible("#publicTextPane").setExpanded(true));
        assertEquals("Our oven overheated on Saturday morning.", lookup("#publicText").<TextArea>query().getText());
    }
}
