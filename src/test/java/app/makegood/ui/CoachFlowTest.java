package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The apology coach in the wizard: a qualified apology is highlighted, explained, rewritten and undone. */
class CoachFlowTest extends AppFlowTest {
    private static final String QUALIFIED = "We're sorry, but the parcel reached you two days late.";

    @Test
    void aQualifiedApologyIsFlaggedRewrittenAndUndone() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        write("Parcel two days late");
        clickOn("#happenedDate .text-field").write("14/11/2026");
        clickOn("#step-1");
        write(QUALIFIED);
        type(KeyCode.TAB);
        assertTrue(lookup("#admit").query() != lookup("#admit").query().getScene().getFocusOwner(),
                "Tab leaves the letter");
        assertEquals(QUALIFIED, driver.text("#admit"), "and types no tab into it");
        clickOn("#admit");

        AppDriver.waitUntil(() -> finding("\u201Cbut\u201D").isPresent());
        StyleClassedTextArea admit = lookup("#admit").query();
        int but = QUALIFIED.indexOf("but");
        assertTrue(admit.getStyleOfChar(but).contains("coach-problem"), "the contrast word is highlighted");
        assertTrue(driver.text("#coach-problems").contains("1 problem"));

        clickOn("Remove \u201Cbut\u201D");
        AppDriver.waitUntil(() -> finding("\u201Cbut\u201D").isEmpty());
        assertEquals("We're sorry. The parcel reached you two days late.", admit.getText());
        assertTrue(admit.getStyleOfChar(0).isEmpty());

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> finding("\u201Cbut\u201D").isPresent());
        assertEquals(QUALIFIED, admit.getText(), "the rewrite is one undoable edit");

        clickOn("#step-5");
        clickOn("#why-answer-0").write("Tom forgot to book the courier.");
        AppDriver.waitUntil(() -> lookup(".why-blame").match(Node::isVisible).tryQuery()
                .map(n -> ((Labeled) n).getText().startsWith("\u201CTom forgot\u201D")).orElse(false));
        clickOn("#step-1");

        clickOn(finding("\u201Cbut\u201D").orElseThrow().lookup(".coach-dismiss"));
        AppDriver.waitUntil(() -> finding("\u201Cbut\u201D").isEmpty());
        driver.waitForSaved();

        driver.stop();
        driver.start(dataDir);
        driver.open("Parcel two days late");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        assertEquals(LocalDate.of(2026, 11, 14), lookup("#happenedDate").<DatePicker>query().getValue(),
                "a date typed just before quitting is kept");
        clickOn("#step-1");
        assertEquals(QUALIFIED, driver.text("#admit"));
        assertTrue(finding("\u201Cbut\u201D").isEmpty(), "a dismissed finding stays dismissed for this incident");
    }

    private Optional<Node> finding(String quoted) {
        return lookup(".coach-finding").match((Node row) -> row.isVisible() && row.getParent().getParent().isVisible()
                && from(row).lookup(".coach-message").<Labeled>query().getText().startsWith(quoted)).tryQuery();
    }
}
