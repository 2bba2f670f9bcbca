package app.makegood.ui;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help ▸ About shows the version the build stamped, where the data lives, and the font licences. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest extends FxRobot {
    @TempDir
    Path dataDir;
    private final AppDriver driver = new AppDriver(this);

    @AfterEach
    void stop() throws Exception {
        driver.stop();
    }

    @Test
    void helpAboutShowsVersionDataFolderAndFontLicences() throws Exception {
        driver.start(dataDir);
        clickOn("Help");
        clickOn("About MakeGood");
        AppDriver.waitUntil(() -> lookup("#aboutVersion").tryQuery().isPresent());

        String version = pomVersion();
        assertTrue(version.matches("\\d+\\.\\d+.*"), "the build filled in the version: " + version);
        assertEquals("Version " + version, driver.text("#aboutVersion"));
        assertEquals("MakeGood", driver.text("#aboutName"));
        assertTrue(driver.text("#aboutCopyright").startsWith("Copyright \u00A9"));
        assertEquals(dataDir.toAbsolutePath().toString(), driver.text("#aboutDataDir"));

        String licences = lookup("#aboutLicences").<TextArea>query().getText();
        assertTrue(licences.contains("DejaVu"), "DejaVu's licence is shown");
        assertTrue(licences.contains("Noto"), "Noto's licence is shown");

        Button open = lookup("#aboutOpenData").query();
        assertFalse(open.isDisabled());
        Stage main = (Stage) lookup("#newButton").query().getScene().getWindow();
        assertFalse(main.getIcons().isEmpty(), "the main window has the app icon");

        Window about = lookup("#aboutVersion").query().getScene().getWindow();
        DialogPane pane = (DialogPane) about.getScene().getRoot();
        assertNotNull(pane.lookupButton(javafx.scene.control.ButtonType.CLOSE));
        type(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> lookup("#aboutVersion").tryQuery().isEmpty());
    }

    /** The version Maven wrote into version.properties from the pom. */
    private static String pomVersion() throws IOException {
        try (InputStream in = AboutDialogTest.class.getResourceAsStream("/app/makegood/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
