package app.makegood.ui;

import app.makegood.App;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Starts and stops the real application on a data folder, and finds what is on screen. */
public final class AppDriver {
    private final FxRobot robot;
    private Application app;

    public AppDriver(FxRobot robot) {
        this.robot = robot;
    }

    public void start(Path dataDir) throws Exception {
        Locale.setDefault(Locale.UK);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--data-dir", dataDir.toString());
        waitUntil(() -> robot.lookup("#newButton").tryQuery().isPresent());
    }

    /** Stops the application the way closing the window does: pending work is saved first. */
    public void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible node matching a CSS query (hidden wizard steps hold nodes with the same ids). */
    public <T extends Node> T visible(String query) {
        return robot.lookup(query).match(AppDriver::shown).query();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public String text(String query) {
        Node n = visible(query);
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        return n instanceof GenericStyledArea<?, ?, ?> area ? area.getText() : ((Labeled) n).getText();
    }

    public void waitForSaved() throws Exception {
        waitUntil(() -> text(".save-indicator").contains("Saved"));
    }
}
