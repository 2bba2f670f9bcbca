package app.makegood.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * Icons (Feather, through Ikonli) for buttons built in code; buttons in FXML use {@code <FontIcon iconLiteral=.../>}.
 * Size and colour come from app.css (the colour of the button's text), so a disabled or selected button's icon
 * changes with its text.
 */
public final class Icons {
    public static final String UP = "fth-arrow-up";
    public static final String DOWN = "fth-arrow-down";
    public static final String REMOVE = "fth-x";
    /** The wizard's pages: What happened, Admit, Thank, Explain, Make amends, Prove the fix, Letters. */
    public static final List<String> STEPS = List.of("fth-alert-circle", "fth-message-square", "fth-heart", "fth-info",
            "fth-gift", "fth-tool", "fth-mail");

    private Icons() {
    }

    /** Puts the icon before the control's text. */
    public static void put(Labeled control, String literal) {
        control.setGraphic(new FontIcon(literal));
    }

    /**
     * A small button that shows only an icon (a row's move up, move down, remove). A screen reader reads what it
     * does, the mouse shows it in a tooltip; Space and Enter press it like any button.
     */
    public static Button rowButton(String literal, String whatItDoes, Runnable action) {
        Button b = new Button();
        put(b, literal);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("flat", "small", "row-button");
        b.setTooltip(new Tooltip(whatItDoes));
        b.setAccessibleText(whatItDoes);
        b.setOnAction(e -> action.run());
        return b;
    }
}
