package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hosting customer pays 30 a month and stays for years: 10% off for a year is fair once "a month" is picked, a
 * typed "€30/month" says what the field wants, and the footer names the page that holds it from any other page.
 */
class AmendsPeriodFlowTest extends AppFlowTest {

    @Test
    void aMonthlyOfferIsJudgedOverItsMonthsAndABadAmountExplainsItself() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        write("Web hosting down for a day");
        driver.tabTo("addCustomer").type(KeyCode.SPACE).write("Ada Lovelace");
        driver.tabTo("customerValue").write("30");
        driver.choose("#customerPeriod", "a month");

        clickOn("#step-4");
        // 30 a month for 3 years at a 60% margin: 648 of future business, 678 at stake.
        driver.tabTo("ownFigures").type(KeyCode.SPACE);
        for (String[] figure : new String[][] {{"orderValue", "30"}, {"ordersPerYear", "12"}, {"years", "3"},
            {"marginPercent", "60"}}) {
            driver.tabTo(figure[0]).push(KeyCode.CONTROL, KeyCode.A).write(figure[1]);
        }
        driver.tabTo("offerAmount").write("3");
        AppDriver.waitUntil(() -> warning().contains("This looks like a token"));

        driver.choose("#offerPeriod", "a month");
        driver.tabTo("offerPeriods").push(KeyCode.CONTROL, KeyCode.A).write("12");
        AppDriver.waitUntil(() -> warning().isEmpty());
        assertEquals("What it is worth: £36.00 (£3.00 a month for 12 months)", driver.text("#offerWorth"));

        driver.tabTo("offerAmount").push(KeyCode.CONTROL, KeyCode.A).write("30");
        driver.tabTo("offerPeriods").push(KeyCode.CONTROL, KeyCode.A).write("1");
        AppDriver.waitUntil(() -> driver.text("#offerWorth").contains("one month free at £30.00 a month"));
        assertEquals("", warning());

        driver.tabTo("offerAmount").push(KeyCode.CONTROL, KeyCode.A).write("30/month");
        AppDriver.waitUntil(() -> lookup("#offerProblem").<Node>query().isVisible());
        String expects = "Type an amount like 30 or 30.50, without the currency sign; choose how often (once, a"
                + " month\u2026) in the list beside it.";
        assertEquals(expects, driver.text("#offerProblem"));
        assertEquals(expects, driver.<TextField>visible("#offerAmount").getAccessibleHelp());
        assertEquals(expects, driver.<TextField>visible("#offerAmount").getTooltip().getText());
        AppDriver.waitUntil(() -> footer().equals("Saved, except 1 field marked in red on Make amends"));
        clickOn("#step-0");
        assertEquals("Saved, except 1 field marked in red on Make amends", footer());

        clickOn("#step-4");
        driver.tabTo("offerAmount").push(KeyCode.CONTROL, KeyCode.A).write("30");
        AppDriver.waitUntil(() -> footer().equals("\u2713 Saved"));
        assertTrue(!lookup("#offerProblem").<Node>query().isVisible());
    }

    private String footer() {
        return driver.text(".save-indicator");
    }

    private String warning() {
        return lookup(".amends-warning").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).reduce("", String::concat);
    }
}
