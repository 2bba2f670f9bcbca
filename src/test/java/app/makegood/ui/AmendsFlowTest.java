package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers come in from an Excel-style CSV; a low offer is warned about, raised, accepted and kept. */
class AmendsFlowTest extends AppFlowTest {
    private static final String CSV = "\uFEFFName;E-mail;Order;Amount\r\n"
            + "Zoë Lambert;zoe@example.com;Wedding cake;420,00\r\n"
            + "Bad Row;not-an-email;Scones;abc\r\n"
            + "Øyvind Hansen;oyvind@example.com;Cupcakes;310,00\r\n";

    @TempDir
    Path files;

    @Test
    void importWarnRaiseAcceptAndKeep() throws Exception {
        Path csv = files.resolve("customers.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        write("Wedding weekend deliveries late");

        driver.tabTo("importCustomers").type(KeyCode.SPACE);
        clickOn("#csvPath").write(csv.toString()).type(KeyCode.ENTER);
        AppDriver.waitUntil(() -> lookup("#csvStatus").<Labeled>query().getText().startsWith("3 rows"));
        clickOn("#csvImport");
        AppDriver.waitUntil(() -> lookup("#importReport").tryQuery().isPresent());
        String report = lookup("#importReport .content").<Labeled>query().getText();
        assertTrue(report.startsWith("2 customers added"), report);
        assertTrue(report.contains("Line 3:"), report);
        type(KeyCode.ENTER);
        assertEquals(2, driver.<TableView<?>>visible("#customers").getItems().size());

        clickOn("#step-4");
        clickOn("#offerAmount").write("50");
        AppDriver.waitUntil(() -> warning().contains("less than what they paid"));
        clickOn("#suggest-restore");
        AppDriver.waitUntil(() -> warning().isEmpty());
        assertEquals("420.00", driver.text("#offerAmount"));
        driver.choose("#offerState", "Accepted");
        driver.waitForSaved();

        driver.stop();
        driver.start(dataDir);
        driver.open("Wedding weekend deliveries late");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#step-4");
        assertEquals("420.00", driver.text("#offerAmount"));
        assertTrue(driver.text("#totals").contains("accepted"));
        assertTrue(lookup("Accepted").tryQuery().isPresent());
        clickOn(from(driver.<Node>visible("#customers")).lookup("Øyvind Hansen").<Node>query());
        assertEquals("", driver.text("#offerAmount"));
    }

    private String warning() {
        return lookup(".amends-warning").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).reduce("", String::concat);
    }
}
