package app.makegood.ui;

import app.makegood.domain.SampleIncidents;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An encrypted database asks for its passphrase before the main view; a wrong one is refused in plain words. */
class EncryptedStartTest extends AppFlowTest {
    @Test
    void aWrongPassphraseIsRefusedPlainlyAndTheRightOneOpensTheWorkbook() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(SampleIncidents.minimal("Zebulon's burnt cake", Instant.EPOCH));
            db.changePassphrase("open sesame 42".toCharArray());
        }
        Locale.setDefault(Locale.UK);
        FxToolkit.registerPrimaryStage();
        ScriptedApp.PICKS.clear();
        driver.app = FxToolkit.setupApplication(ScriptedApp.class, "--data-dir", dataDir.toString());

        AppDriver.waitUntil(() -> lookup("#passphraseField").tryQuery().isPresent());
        clickOn("#passphraseField").write("open sesame 41");
        clickOn("Open");
        AppDriver.waitUntil(() -> lookup("#passphraseError").tryQuery().filter(n -> n.isVisible()).isPresent());
        assertEquals("That passphrase does not open this database.",
                lookup("#passphraseError").<Labeled>query().getText());

        clickOn("#passphraseField").write("open sesame 42");
        clickOn("Open");
        AppDriver.waitUntil(() -> lookup("#newButton").tryQuery().isPresent());
        AppDriver.waitUntil(() -> lookup("Zebulon's burnt cake").tryQuery().isPresent());
    }
}
