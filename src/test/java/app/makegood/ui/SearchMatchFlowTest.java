package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 18: a row found by a word its title does not hold says which field matched. */
class SearchMatchFlowTest extends AppFlowTest {
    @Test
    void aRowFoundByACustomerSaysSo() throws Exception {
        driver.start(dataDir);
        clickOn("#emptySample");
        AppDriver.waitUntil(() -> lookup("#allIncidents").tryQuery().isPresent());
        clickOn("#allIncidents");
        AppDriver.waitUntil(() -> lookup("#search").tryQuery().filter(Node::isVisible).isPresent());

        clickOn("#search").write("lambert");
        AppDriver.waitUntil(() -> matchNote().isPresent());
        assertEquals("matched: customer Zoë Lambert", matchNote().orElseThrow());

        clickOn("#search").push(KeyCode.CONTROL, KeyCode.A).write("WEDDING");
        AppDriver.waitUntil(() -> lookup("#table .table-row-cell").tryQuery().isPresent());
        assertEquals(Optional.empty(), matchNote(), "the title shows why: nothing more to say");

        clickOn("#search").push(KeyCode.CONTROL, KeyCode.A).write("zoe.lambert@");
        AppDriver.waitUntil(() -> matchNote().filter(t -> t.contains("email")).isPresent());
        assertEquals("matched: email zoe.lambert@example.com", matchNote().orElseThrow());
    }

    private Optional<String> matchNote() {
        return lookup(".search-match").<Label>queryAll().stream().filter(Node::isVisible)
                .filter(l -> l.getParent() != null).map(Label::getText).filter(t -> !t.isEmpty()).findFirst();
    }
}
