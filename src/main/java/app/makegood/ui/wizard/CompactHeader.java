package app.makegood.ui.wizard;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * The wizard's header on a small window (under {@link #WIDTH} px wide or {@link #HEIGHT} px high): tighter rows, no
 * checklist line, and the first-notice buttons folded into one menu, so a 1024×600 screen keeps room for the page.
 */
final class CompactHeader {
    static final double WIDTH = 1100;
    static final double HEIGHT = 700;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final Region top;
    private final Node checklist;
    private final Pane actions;
    private final MenuButton more;
    private final List<Button> buttons;
    /** Held here: the window outlives this wizard, so it listens weakly. */
    private final InvalidationListener resized = x -> apply();

    CompactHeader(Region top, Node checklist, Pane actions, MenuButton more) {
        this.top = top;
        this.checklist = checklist;
        this.actions = actions;
        this.more = more;
        this.buttons = actions.getChildren().stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
        for (Button b : buttons) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(b.textProperty());
            item.visibleProperty().bind(b.visibleProperty());
            item.disableProperty().bind(b.disabledProperty());
            item.setOnAction(e -> b.fire());
            more.getItems().add(item);
            b.visibleProperty().addListener(resized);
        }
        top.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener(new WeakInvalidationListener(resized));
                scene.heightProperty().addListener(new WeakInvalidationListener(resized));
            }
            apply();
        });
        apply();
    }

    boolean isCompact() {
        return top.getScene() != null && (top.getScene().getWidth() < WIDTH || top.getScene().getHeight() < HEIGHT);
    }

    private void apply() {
        boolean compact = isCompact();
        // One button stays a button; two or more become a menu.
        boolean fold = compact && buttons.stream().filter(Node::isVisible).count() > 1;
        show(actions, !fold);
        show(more, fold);
        show(checklist, !compact);
        top.pseudoClassStateChanged(COMPACT, compact);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
