package app.makegood.ui;

import app.makegood.domain.SampleIncidents;
import app.makegood.store.Backups;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An encrypted database asks for its passphrase before the main view; a wrong one is refused in plain words. */
class EncryptedStartTest extends AppFlowTest {
    @Test
    void aWrongPassphraseIsRefusedPlainlyAndTheRightOneOpensTheWorkbook() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(SampleIncidents.minimal("Zebulon's burnt cake", Instant.EPOCH));
            db.changePassphrase("open sesame 42".toCharArray());
        }
        driver.launch(dataDir);

        AppDriver.waitUntil(() -> lookup("#passphraseField").tryQuery().isPresent());
        clickOn("#passphraseField").write("open sesame 41");
        clickOn("Open");
        AppDriver.waitUntil(() -> lookup("#passphraseError").tryQuery().filter(n -> n.isVisible()).isPresent());
        assertEquals("That passphrase does not open this database. If you are sure it is right, the file may"
                + " be damaged.",
                lookup("#passphraseError").<Labeled>query().getText());

        clickOn("#passphraseField").write("open sesame 42");
        clickOn("Open");
        AppDriver.waitUntil(() -> lookup("#newButton").tryQuery().isPresent());
        AppDriver.waitUntil(() -> lookup("Zebulon's burnt cake").tryQuery().isPresent());
    }

    /** A file damaged at its start reads as a wrong passphrase; the owner can still restore the backup with it. */
    @Test
    void aRefusedPassphraseOffersTheBackupWhenTheFileMayBeDamaged() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(SampleIncidents.minimal("Zebulon's burnt cake", Instant.EPOCH));
            db.changePassphrase("open sesame 42".toCharArray());
            new Backups(db, dataDir, Clock.systemDefaultZone()).daily();
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 4096, 3 * 4096, (byte) 0x5a); // the file headers under the encryption, as by a disk fault
        Files.write(file, bytes);
        driver.launch(dataDir);

        AppDriver.waitUntil(() -> lookup("#passphraseField").tryQuery().isPresent());
        clickOn("#passphraseField").write("open sesame 42");
        clickOn("Open");
        AppDriver.waitUntil(() -> lookup("#passphraseError").tryQuery().filter(n -> n.isVisible()).isPresent());
        clickOn("More choices…");
        AppDriver.waitUntil(() -> lookup("Restore the newest good backup").tryQuery().isPresent());
        clickOn("Restore the newest good backup");
        AppDriver.waitUntil(() -> lookup("OK").tryQuery().isPresent()); // "the file that did not open is kept as …"
        clickOn("OK");

        AppDriver.waitUntil(() -> lookup("Zebulon's burnt cake").tryQuery().isPresent());
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith(Database.FILE_NAME + ".damaged-")));
        }
    }
}
