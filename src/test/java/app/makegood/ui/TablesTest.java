package app.makegood.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Columns as wide as their content, the text column taking the rest, and a cut cell's whole text in a tooltip. */
@ExtendWith(ApplicationExtension.class)
class TablesTest extends FxRobot {
    private static final String LONG_NOTE = "The courier left the parcel at the wrong door and nobody answered the phone "
            + "for two days, so the customer drove to the depot herself and waited an hour at the counter";

    record Row(String title, String status, String note) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            new Row("Late cake", "Open", "Short"), new Row("Wrong size", "Closed", LONG_NOTE));
    private TableView<Row> table;
    private TableColumn<Row, String> title;
    private TableColumn<Row, String> status;
    private TableColumn<Row, String> note;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        title = column("Incident", Row::title);
        status = column("Status", Row::status);
        note = column("Notes", Row::note);
        table.getColumns().addAll(List.of(title, status, note));
        Tables.show(table, rows, title);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(table), 1000, 300);
        scene.getStylesheets().add(getClass().getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static TableColumn<Row, String> column(String name, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(name);
        c.setPrefWidth(150); // what FXML usually says: the fitting replaces it
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    @Test
    void theTextColumnTakesTheFreeWidthAndTheOthersTheirContent() {
        WaitForAsyncUtils.waitForFxEvents();
        double columns = title.getWidth() + status.getWidth() + note.getWidth();
        double inside = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        assertEquals(inside, columns, 2, "no empty strip at the right");
        assertTrue(status.getWidth() < 110, "the status column is as wide as \"Closed\", not 150: " + status.getWidth());
        assertTrue(title.getWidth() > 500, "the title takes what is left: " + title.getWidth());
        assertTrue(lookup(".scroll-bar").match((ScrollBar b) -> b.getOrientation() == Orientation.HORIZONTAL
                && b.isVisible()).tryQuery().isEmpty(), "nothing to scroll sideways to");

        interact(() -> stage.setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents();
        double wider = title.getWidth() + status.getWidth() + note.getWidth();
        assertEquals(table.getWidth() - table.snappedLeftInset() - table.snappedRightInset(), wider, 2,
                "a wider window widens the text column");
    }

    @Test
    void aCutCellShowsItsWholeTextInATooltip() {
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> longCell = cell(LONG_NOTE);
        assertTrue(longCell.getWidth() < Tables.contentWidth(longCell), "the long note is capped, so it is cut");
        assertEquals(LONG_NOTE, longCell.getTooltip().getText());
        assertNull(cell("Short").getTooltip(), "a whole text needs no tooltip");
    }

    @Test
    void aColumnTheUserWidensKeepsItsWidth() {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> table.resizeColumn(status, 60));
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = status.getWidth();
        interact(() -> stage.setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dragged, status.getWidth(), 0.5);
    }

    private TableCell<?, ?> cell(String text) {
        return lookup(".table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText())).query();
    }
}
