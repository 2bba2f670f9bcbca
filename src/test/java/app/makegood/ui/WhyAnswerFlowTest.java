package app.makegood.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a five-whys answer wraps over lines, Tab still moves on, and the blame nudge never moves the rows. */
class WhyAnswerFlowTest extends AppFlowTest {
    private static final String LONG = "Tom forgot to book the courier because the booking sheet was on the other"
            + " laptop and nobody had said which laptop the orders are kept on this month.";

    @Test
    void aLongAnswerWrapsAndTheNudgeKeepsTheRowsStill() throws Exception {
        newIncidentOnProve();
        TextArea first = lookup("#why-answer-0").query();
        assertTrue(first.isWrapText(), "the answer wraps");
        double secondRowY = rowY(1);

        clickOn(first).write(LONG);
        AppDriver.waitUntil(() -> lookup(".why-blame").match(Node::isVisible).tryQuery().isPresent());
        assertEquals(LONG, first.getText(), "the whole answer is kept");
        assertEquals(secondRowY, rowY(1), 0.5, "the nudge has its room already: the next row stays put");

        type(KeyCode.TAB);
        Node focused = first.getScene().getFocusOwner();
        assertNotSame(first, focused, "Tab leaves the answer");
        assertEquals(LONG, first.getText(), "and types no tab into it");
    }

    @Test
    void theWhyRowsAreCloseAndTheirQuestionsWide() throws Exception {
        newIncidentOnProve();
        Node first = lookup(".why-row").nth(0).query();
        double gap = rowY(1) - first.localToScene(first.getBoundsInLocal()).getMaxY();
        assertTrue(gap < 30, "one line of room for a nudge between two whys, not a gap: " + gap);
        TextField question = from(first).lookup(".text-field").query();
        TextArea answer = from(first).lookup(".text-area").query();
        assertTrue(question.getWidth() > answer.getWidth() * 0.6,
                "the question is nearly as wide as its answer: " + question.getWidth() + " / " + answer.getWidth());
    }

    private void newIncidentOnProve() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Parcel two days late");
        clickOn("#step-5");
    }

    private double rowY(int index) {
        Node row = lookup(".why-row").nth(index).query();
        Bounds b = row.localToScene(row.getBoundsInLocal());
        return b.getMinY();
    }
}
