package app.makegood.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a why row's move and remove buttons are icons that say what they do, and still work from the keyboard. */
class IconButtonsFlowTest extends AppFlowTest {
    @Test
    void moveAndRemoveAreIconButtonsThatSayWhatTheyDo() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Parcel two days late");
        clickOn("#step-5");
        clickOn("#why-answer-0").write("first");
        clickOn("#why-answer-1").write("second");

        Button up = lookup("#why-up-1").query();
        assertIconButton(up, "fth-arrow-up", "Move this why up");
        assertIconButton(lookup("#why-down-0").query(), "fth-arrow-down", "Move this why down");
        assertIconButton(lookup("#why-remove-0").query(), "fth-x", "Remove this why");

        driver.tabTo("why-up-1");
        type(KeyCode.SPACE);
        AppDriver.waitUntil(() -> "second".equals(driver.text("#why-answer-0")));
        assertEquals("first", driver.text("#why-answer-1"), "Space moved the row up");
    }

    private static void assertIconButton(Button button, String literal, String whatItDoes) {
        FontIcon icon = assertInstanceOf(FontIcon.class, button.getGraphic(), "the button shows an icon");
        assertEquals(literal, icon.getIconLiteral());
        assertEquals(ContentDisplay.GRAPHIC_ONLY, button.getContentDisplay(), "no bare character beside it");
        assertTrue(button.getText() == null || button.getText().isEmpty());
        assertEquals(whatItDoes, button.getAccessibleText(), "a screen reader says what it does");
        assertEquals(whatItDoes, button.getTooltip().getText(), "and so does the tooltip");
        assertTrue(button.isFocusTraversable(), "Tab reaches it");
    }
}
