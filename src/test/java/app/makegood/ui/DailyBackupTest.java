package app.makegood.ui;

import app.makegood.store.Backups;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Today's automatic backup is taken at start; when it cannot be written the window says so and can try again. */
class DailyBackupTest extends AppFlowTest {
    @Test
    void aFailedDailyBackupIsShownAndCanBeTakenAgain() throws Exception {
        Path folder = dataDir.resolve(Backups.FOLDER);
        Files.writeString(folder, "a file where the backups folder should be");

        driver.start(dataDir);
        AppDriver.waitUntil(() -> lookup("#backupWarning").tryQuery().filter(n -> n.isVisible()).isPresent());
        String text = lookup("#backupWarningText").<Labeled>query().getText();
        assertTrue(text.startsWith("Today’s automatic backup could not be written. MakeGood could not write the backup"),
                text);

        Files.delete(folder);
        clickOn("Try again");
        AppDriver.waitUntil(() -> !lookup("#backupWarning").query().isVisible());
        assertTrue(Files.exists(folder.resolve("makegood-" + LocalDate.now() + ".zip")));
    }
}
