package app.makegood.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table-and-form pattern of the wizard: rows come and go, the form follows, sorting keeps the data's order. */
@ExtendWith(ApplicationExtension.class)
class DetailFormTest extends FxRobot {
    private final ObservableList<Row> rows = FXCollections.observableArrayList(new Row("Zoë"), new Row("Anna"));
    private TableView<Row> table;
    private TextField name;

    record Row(StringProperty name) {
        Row(String text) {
            this(new SimpleStringProperty(text));
        }
    }

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        name = new TextField();
        TableColumn<Row, String> column = new TableColumn<>("Name");
        column.setCellValueFactory(c -> c.getValue().name());
        table.getColumns().add(column);
        name.setId("name");
        TextInputs.limit(name, 20);
        Tables.show(table, rows, column);
        new DetailForm<Row>(name).field(name.textProperty(), Row::name).follow(table);
        stage.setScene(new Scene(new VBox(table, name), 400, 300));
        stage.show();
    }

    @Test
    void removingEveryRowThenAddingOneLeavesAWorkingForm() {
        assertEquals("Zoë", name.getText(), "the first row is shown at once");
        interact(() -> {
            table.getSelectionModel().select(1);
            Tables.removeSelected(table, rows);
            table.getSelectionModel().selectFirst();
            Tables.removeSelected(table, rows);
        });
        assertTrue(name.isDisabled());
        assertEquals("", name.getText());
        interact(() -> rows.add(new Row("")));
        clickOn("#name").write("Łukasz");
        assertEquals("Łukasz", rows.get(0).name().get());
    }

    @Test
    void sortingAColumnLeavesTheStoredOrderAlone() {
        interact(() -> {
            table.getSortOrder().add(table.getColumns().get(0));
            table.sort();
        });
        assertEquals("Anna", table.getItems().get(0).name().get());
        assertEquals(List.of("Zoë", "Anna"), rows.stream().map(r -> r.name().get()).toList());
    }
}
