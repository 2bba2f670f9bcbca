package app.makegood.ui;

import app.makegood.domain.SampleIncidents;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.domain.IncidentStatus;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole product on a 1024×600 netbook screen: every page of the list, the review and the wizard, and the
 * dialogs, show every control inside the window and no label cut short. Runs in its own test JVM whose headless
 * screen is 1024×600 (maven-failsafe-plugin in pom.xml, run by `mvn verify`).
 */
@EnabledIfSystemProperty(named = "headless.geometry", matches = "1024x600.*")
class SmallScreenTest extends AppFlowTest {
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPageAndDialogFitsA1024By600Screen() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(
                    SampleIncidents.rich(OPEN_TITLE, Instant.parse("2026-11-01T06:00:00Z")),
                    SampleIncidents.edit(SampleIncidents.minimal(CLOSED_TITLE, Instant.parse("2026-10-01T06:00:00Z")),
                            e -> e.status = IncidentStatus.CLOSED)));
        }
        ScriptedApp.firstRunSetup = true; // the profile is empty: the setup dialog comes first
        try {
            driver.start(dataDir);
            AppDriver.waitUntil(() -> showing().size() > 1);
            fits("first-run setup", showing().get(showing().size() - 1));
            clickOn("Set up later");
            AppDriver.waitUntil(() -> showing().size() == 1);
        } finally {
            ScriptedApp.firstRunSetup = false;
        }
        assertEquals(1024, Screen.getPrimary().getVisualBounds().getWidth());
        Scene main = lookup("#newButton").query().getScene();
        assertEquals(600, main.getWindow().getHeight(), 1);
        check("incident list", main);
        dialog("business profile", () -> press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL));
        dialog("mail settings", () -> clickOn("Edit").clickOn("Mail server…"));
        dialog("about", () -> clickOn("Help").clickOn("About MakeGood"));
        dialog("keyboard shortcuts", () -> clickOn("Help").clickOn("Keyboard shortcuts"));

        driver.open(OPEN_TITLE);
        AppDriver.waitUntil(() -> lookup(".step-button").tryQuery().isPresent());
        // The compact header: the page, not the header, gets the height of a small screen.
        Region header = lookup(".wizard-top").query();
        if (header.getHeight() > HEADER_MOST) {
            problems.add("the wizard's header takes " + header.getHeight() + " px of 600");
        }
        for (Node step : new ArrayList<Node>(lookup(".step-button").queryAll())) {
            clickOn(step);
            WaitForAsyncUtils.waitForFxEvents();
            check("wizard step " + ((Labeled) step).getText(), main);
        }
        clickOn(lookup(".step-button").lookup((Labeled b) -> b.getText().contains("Make amends")).<Node>query());
        dialog("business figures", () -> Platform.runLater(driver.<Button>visible("#businessFigures")::fire));

        clickOn("#allIncidents");
        driver.open(CLOSED_TITLE);
        AppDriver.waitUntil(() -> lookup("#editIncident").match(Node::isVisible).tryQuery().isPresent());
        check("a closed incident", main);
        assertEquals(List.of(), problems);
    }

    /** The full header takes about 160 px; the compact one must leave the page at least 400 of the 600. */
    private static final double HEADER_MOST = 130;
    private static final String OPEN_TITLE = "Saturday's wedding cakes were burnt";
    private static final String CLOSED_TITLE = "The spring flour mix-up that sent gluten-free customers the wrong loaves";

    /** Opens a dialog, checks it fits the screen, and closes it unchanged. */
    private void dialog(String name, Runnable open) throws Exception {
        int before = showing().size();
        open.run();
        AppDriver.waitUntil(() -> showing().size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = showing().get(showing().size() - 1);
        fits(name, dialog);
        interact(dialog::hide);
        AppDriver.waitUntil(() -> showing().size() == before);
    }

    private void fits(String name, Window dialog) {
        if (dialog.getY() < 0 || dialog.getY() + dialog.getHeight() > 600 + 1) {
            problems.add(name + ": the dialog is " + dialog.getHeight() + " px high at y " + dialog.getY());
        }
        for (String problem : Fits.problems(dialog.getScene())) {
            problems.add(name + ": " + problem);
        }
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).toList();
    }

    private void check(String where, Scene scene) {
        for (String problem : Fits.problems(scene)) {
            problems.add(where + ": " + problem);
        }
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && w.getScene() != scene) {
                problems.add(where + ": another window is open: " + s.getTitle());
            }
        }
    }
}
