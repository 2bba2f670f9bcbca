package app.makegood.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A megabyte pasted into a field or a letter is refused with a message; nothing typed is lost, nothing freezes. */
class LongPasteTest extends AppFlowTest {
    private static final String MEGABYTE = "Zoë said sorry. ".repeat(65_536);

    @Test
    void aMegabytePasteIsRefusedWithAMessageAndTheWindowKeepsWorking() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent()); // stored first, then shown
        write("Parcel two days late");
        copy(MEGABYTE);

        clickOn("#title").push(KeyCode.CONTROL, KeyCode.V);
        AppDriver.waitUntil(() -> tooLongTip().isPresent());
        assertEquals("This field holds up to 200 characters, so that was not added. It is still on the clipboard:"
                + " shorten it first.", tooLongTip().orElseThrow());
        assertEquals("Parcel two days late", driver.text("#title"));
        String full = "x".repeat(200);
        interact(() -> lookup("#title").<javafx.scene.control.TextField>query().setText(full));
        AppDriver.waitUntil(() -> tooLongTip().isEmpty()); // the note goes after a few seconds
        clickOn("#title").push(KeyCode.END).write("y");
        AppDriver.waitUntil(() -> tooLongTip().isPresent());
        assertEquals("This field holds up to 200 characters.", tooLongTip().orElseThrow(), "typing: no clipboard");
        assertEquals(full, driver.text("#title"));
        interact(() -> lookup("#title").<javafx.scene.control.TextField>query().setText("Parcel two days late"));

        clickOn("#step-1");
        clickOn("#admit").write("We sent your parcel two days late.");
        push(KeyCode.CONTROL, KeyCode.V);
        AppDriver.waitUntil(() -> lookup(n -> n instanceof Labeled l && l.isVisible()
                && l.getText().startsWith("That paste would make this part longer than 20,000 characters"))
                .tryQuery().isPresent());
        assertEquals("We sent your parcel two days late.", driver.text("#admit"));

        write(" Sorry."); // still typing, at once
        assertEquals("We sent your parcel two days late. Sorry.", driver.text("#admit"));
    }

    private void copy(String text) {
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, text)));
    }

    /** The note shown under the title field, if it is showing. */
    private Optional<String> tooLongTip() {
        return Optional.ofNullable(lookup("#title").query().getProperties().get("makegood.tooLongTip"))
                .map(Tooltip.class::cast).filter(Tooltip::isShowing).map(Tooltip::getText);
    }
}
