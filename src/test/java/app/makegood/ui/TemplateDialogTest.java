package app.makegood.ui;

import app.makegood.domain.LetterKind;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.TemplateName;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner edits a letter template: a broken one is refused with its line and kept to fix; reset goes back. */
@ExtendWith(ApplicationExtension.class)
class TemplateDialogTest extends FxRobot {
    private static final TemplateName APOLOGY = TemplateName.html(LetterKind.APOLOGY);

    @TempDir
    Path folder;
    private final Background background = new Background();
    private LetterTemplates templates;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        templates = new LetterTemplates(folder);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
    }

    @Test
    void aBrokenTemplateIsRefusedWithItsLineAndResetGoesBack() throws Exception {
        interact(() -> new TemplateDialog(stage, new Messages(Locale.UK), background, templates, APOLOGY).show());
        TextArea source = lookup("#templateSource").query();
        String broken = "<p>{{#admit}}\n" + templates.defaultSource(APOLOGY);
        interact(() -> source.setText(broken));
        clickOn("Save");
        AppDriver.waitUntil(() -> status().startsWith("Not saved: line"));
        assertTrue(status().contains("admit"), status());
        assertEquals(broken, source.getText(), "what the owner typed is still there");
        assertFalse(templates.isCustomised(APOLOGY));

        new AppDriver(this).choose("#templatePart", "Subject line");
        assertEquals(templates.defaultSource(TemplateName.subject(LetterKind.APOLOGY)), source.getText());
        new AppDriver(this).choose("#templatePart", "Letter (PDF and email)");
        assertEquals(broken, source.getText(), "switching parts keeps what was typed");

        interact(() -> source.setText(templates.defaultSource(APOLOGY).replace("please reply", "just reply")));
        clickOn("Save");
        AppDriver.waitUntil(() -> templates.isCustomised(APOLOGY));
        assertTrue(templates.source(APOLOGY).contains("just reply"));

        clickOn("Reset to default");
        AppDriver.waitUntil(() -> !templates.isCustomised(APOLOGY));
        assertEquals(templates.defaultSource(APOLOGY), source.getText());
    }

    private String status() {
        return lookup("#templateStatus").<Label>query().getText();
    }
}
