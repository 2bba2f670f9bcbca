package app.makegood.ui;

import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.PaperSize;
import app.makegood.store.Database;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First start: an empty business profile is asked for (name, signer, currency, paper); "Set up later" stores nothing. */
class FirstRunSetupTest extends AppFlowTest {
    private static final String TITLE = "Set up MakeGood";
    private final List<String> titlesShown = new ArrayList<>();
    private final ListChangeListener<Window> watch = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(w -> w.setOnShown(e -> {
                if (w instanceof Stage s) {
                    titlesShown.add(s.getTitle());
                }
            }));
        }
    };

    @BeforeEach
    void askOnStart() {
        ScriptedApp.firstRunSetup = true;
        interact(() -> Window.getWindows().addListener(watch));
    }

    @AfterEach
    void asBefore() {
        ScriptedApp.firstRunSetup = false;
        interact(() -> Window.getWindows().removeListener(watch));
    }

    @Test
    void aFreshDataFolderAsksForTheBasicsAndShowsTheCurrency() throws Exception {
        driver.launch(dataDir);
        AppDriver.waitUntil(() -> setupShown().isPresent());
        ComboBox<Currency> currency = lookup("#setupCurrency").query();
        assertEquals("GBP", currency.getValue().getCurrencyCode(), "the currency of the owner's country, shown");
        assertEquals("GBP \u2014 British Pound", driver.comboText("#setupCurrency"));
        assertEquals("A4 (210 \u00d7 297 mm)", driver.comboText("#setupPaper"));
        assertTrue(lookup("Save").queryButton().isDisabled(), "a business name first");

        clickOn("#setupName").write("Crumb & Co");
        clickOn("#setupSigner").write("Ana Ruiz");
        driver.choose("#setupCurrency", "EUR \u2014 Euro");
        driver.choose("#setupPaper", "US Letter (8.5 \u00d7 11 in)");
        assertEquals("Crumb & Co", driver.text("#setupName"));
        clickOn("Save");
        AppDriver.waitUntil(() -> setupShown().isEmpty() && lookup("#emptyNew").tryQuery().isPresent());

        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#profileName").tryQuery().isPresent());
        assertEquals("Crumb & Co", driver.text("#profileName"), "Edit \u25B8 Business profile starts from it");
        type(KeyCode.ESCAPE);
        driver.stop();
        try (Database db = Database.open(dataDir)) {
            BusinessProfile stored = new JdbcProfileRepository(db).load();
            assertEquals("Crumb & Co", stored.name());
            assertEquals("Ana Ruiz", stored.signerName());
            assertEquals(PaperSize.US_LETTER, stored.paper());
            assertEquals("EUR", new JdbcSettingsRepository(db).all().get("business.currency"));
        }
    }

    @Test
    void setUpLaterStoresNothingAndAsksAgainNextTime() throws Exception {
        driver.launch(dataDir);
        AppDriver.waitUntil(() -> setupShown().isPresent());
        write("Half typed");
        clickOn("Set up later");
        AppDriver.waitUntil(() -> setupShown().isEmpty());
        driver.stop();
        try (Database db = Database.open(dataDir)) {
            assertEquals(BusinessProfile.EMPTY, new JdbcProfileRepository(db).load());
            assertEquals(Map.of(), new JdbcSettingsRepository(db).all());
        }
        driver.launch(dataDir);
        AppDriver.waitUntil(() -> setupShown().isPresent());
        clickOn("Set up later");
    }

    @Test
    void aFilledProfileIsNotAskedFor() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new JdbcProfileRepository(db).save(new BusinessProfile("Crumb & Co", "", "", "", "", Optional.empty(),
                    "", "", "", PaperSize.A4));
        }
        driver.start(dataDir);
        // The profile dialog opens once the stored profile is read, which is when the setup would have been asked.
        AppDriver.waitUntil(() -> {
            if (lookup("#profileName").tryQuery().isEmpty()) {
                lookup(".dialog-pane .button").tryQuery().ifPresent(this::clickOn); // "not read yet": try again
                press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
            }
            return lookup("#profileName").tryQuery().isPresent();
        });
        assertEquals("Crumb & Co", driver.text("#profileName"));
        assertFalse(titlesShown.contains(TITLE), "shown: " + titlesShown);
        type(KeyCode.ESCAPE);
    }

    private static Optional<DialogPane> setupShown() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s && TITLE.equals(s.getTitle()))
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst();
    }
}
