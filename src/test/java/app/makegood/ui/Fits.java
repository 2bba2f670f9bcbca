package app.makegood.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a small screen hides: a control that lies (partly) outside its window, and a label, button or check box whose
 * text is cut to "…" although it is meant to be read. Content inside a scroll pane or a table may lie outside the window
 * (it scrolls); a text shortened on purpose shows its whole in a tooltip. Cells of tables and lists are not judged
 * here.
 */
final class Fits {
    private static final double SLACK = 1.0;

    private Fits() {
    }

    static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), scene, false, found);
        return found;
    }

    private static void visit(Node node, Scene scene, boolean scrolls, List<String> found) {
        if (!node.isVisible() || node.getStyleClass().contains("virtual-flow")) {
            return;
        }
        if (node instanceof Control && !scrolls && !inside(node.localToScene(node.getBoundsInLocal()), scene)) {
            found.add(describe(node) + " lies outside the window: " + node.localToScene(node.getBoundsInLocal()));
        }
        if (node instanceof TableView<?> table && outOfReach(table)) {
            found.add(describe(node) + " has columns past its edge and no way to scroll to them");
        }
        if (node instanceof Labeled labeled && cut(labeled)) {
            found.add(describe(node) + " is cut short: \"" + labeled.getText() + "\"");
        }
        if (node instanceof Parent parent) {
            boolean below = scrolls || node instanceof ScrollPane || node instanceof TableView;
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, below, found);
            }
        }
    }

    /**
     * Columns wider than the table are fine only when its sideways scroll bar shows. An empty table shows none (JavaFX
     * scrolls rows, and there are none), so it is not judged.
     */
    private static boolean outOfReach(TableView<?> table) {
        if (table.getItems().isEmpty()) {
            return false;
        }
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        return columns > table.getWidth() + SLACK && table.lookupAll(".scroll-bar").stream()
                .noneMatch(bar -> bar instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL
                        && s.isVisible());
    }

    private static boolean inside(Bounds b, Scene scene) {
        return b.getMinX() >= -SLACK && b.getMinY() >= -SLACK
                && b.getMaxX() <= scene.getWidth() + SLACK && b.getMaxY() <= scene.getHeight() + SLACK;
    }

    /** The skin shows a shortened copy of the text (ending or containing the ellipsis) when it does not fit. */
    private static boolean cut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()
                || labeled.getTooltip() != null && text.equals(labeled.getTooltip().getText())) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible() && !text.equals(shown.getText())
                    && shown.getText().contains(labeled.getEllipsisString())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + id + text;
    }
}
