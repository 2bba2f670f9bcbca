package app.makegood.ui.wizard;

import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.TextArea;

/** A step that is one piece of the letter in the owner's own words (Admit, Thank). */
public final class TextStepController {
    @FXML
    private TextArea text;

    void init(StringProperty value, String prompt, String accessibleName) {
        text.setPromptText(prompt);
        text.setAccessibleText(accessibleName);
        text.textProperty().bindBidirectional(value);
    }
}
