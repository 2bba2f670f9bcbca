package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a fix that did not hold moves the status back, and the resolved time with it. */
class StatusBackFlowTest extends AppFlowTest {
    @Test
    void fixedMovesBackToCustomersToldAndIsNoLongerResolved() throws Exception {
        driver.start(dataDir);
        clickOn("#emptySample"); // Fixed, resolved on 20 November
        AppDriver.waitUntil(() -> lookup("#moveStatusBack").tryQuery().filter(Node::isVisible).isPresent());
        assertFalse(driver.text("#resolvedTime").isEmpty(), "the sample is resolved");
        Button back = lookup("#moveStatusBack").query();
        assertEquals("Move the status back to \u201CCustomers told\u201D\u2026", back.getAccessibleText());

        clickOn(back);
        AppDriver.waitUntil(() -> lookup("Move back to \u201CCustomers told\u201D").tryQuery().isPresent());
        clickOn("Move back to \u201CCustomers told\u201D");

        AppDriver.waitUntil(() -> "Customers told".equals(driver.text("#statusBadge")));
        assertEquals("", driver.text("#resolvedTime"), "no longer resolved");
        assertEquals("Mark as \u201CFixed\u201D", driver.text("#advanceStatus"));
        assertFalse(back.isVisible(), "customers were told: that is not undone by a status");
        driver.waitForSaved();
        assertTrue(driver.text(".save-indicator").contains("Saved"));
    }
}
