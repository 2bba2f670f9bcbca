package app.makegood.ui;

import app.makegood.language.LanguageToolGrammar;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 in the window: with the language engine on, typing the issue's sentence in Admit shows the filler,
 * the hedge, both passives and the "may of" slip; the slip is fixed in one click and is not an apology problem.
 */
class ProofreadingFlowTest extends AppFlowTest {
    private static final String SENTENCE =
            "We apologise for any inconvenience this may of caused; mistakes were made and the order was forgotten.";

    @BeforeEach
    void engineOn() {
        System.setProperty("makegood.proofreading", "true");
        LanguageToolGrammar.shared(); // loaded before the window, so the waits below are about the UI
    }

    @AfterEach
    void engineOff() {
        System.setProperty("makegood.proofreading", "false");
    }

    @Test
    void theIssueSentenceShowsEveryKindAndTheSlipIsFixedInOneClick() throws Exception {
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        write("Cake order forgotten");
        clickOn("#step-1");
        write(SENTENCE);

        AppDriver.waitUntil(() -> finding("\u201Cmay of\u201D").isPresent());
        assertTrue(finding("\u201CWe apologise for any\u201D").isPresent(), "the filler");
        assertTrue(finding("\u201Cmay of caused\u201D").isPresent(), "the hedge");
        assertTrue(finding("\u201Cmistakes were made\u201D").isPresent(), () -> "one passive, in " + lookup(".coach-message")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList());
        assertTrue(finding("\u201Cwas forgotten\u201D").isPresent(), "the other passive");
        StyleClassedTextArea admit = lookup("#admit").query();
        assertTrue(admit.getStyleOfChar(SENTENCE.indexOf("may of") + 4).contains("coach-language"));
        assertTrue(driver.text("#coach-slips").startsWith("1 spelling or grammar slip"));

        clickOn("#step-6");
        AppDriver.waitUntil(() -> lookup("#letterCoachWarning").tryQuery().isPresent());
        assertTrue(driver.text("#letterCoachWarning").contains("1 spelling or grammar slip: \u201Cmay of\u201D"),
                () -> driver.text("#letterCoachWarning"));
        clickOn("#step-1");
        clickOn("Use \u201Cmay have\u201D");
        AppDriver.waitUntil(() -> finding("\u201Cmay of\u201D").isEmpty());
        assertEquals(SENTENCE.replace("may of", "may have"), admit.getText());
        AppDriver.waitUntil(() -> lookup("#coach-slips").tryQuery().isEmpty());
    }

    private Optional<Node> finding(String quoted) {
        return lookup(".coach-finding").match((Node row) -> row.isVisible()
                && from(row).lookup(".coach-message").<Labeled>query().getText().startsWith(quoted)).tryQuery();
    }
}
