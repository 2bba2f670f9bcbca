package app.makegood.ui.wizard;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** A dialog's grid that starts with a date row and an "HH:mm" time row bound to one {@link DateTimeInput}. */
final class DateTimeRows {
    private DateTimeRows() {
    }

    /** The grid with the date in row 0 and the time in row 1; ids are {@code idPrefix + "Date"} and {@code "Time"}. */
    static GridPane grid(DateTimeInput when, String idPrefix, String dateLabel, String timeLabel) {
        DatePicker date = new DatePicker();
        date.setId(idPrefix + "Date");
        date.valueProperty().bindBidirectional(when.dateProperty());
        TextField time = new TextField();
        time.setId(idPrefix + "Time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(when.timeProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(dateLabel), date);
        grid.addRow(1, new Label(timeLabel), time);
        return grid;
    }

    /** The line under the rows that says what is missing or wrong; shown while the answer cannot be recorded. */
    static Label problemLine(GridPane grid, String text, int row) {
        Label invalid = new Label(text);
        invalid.setWrapText(true);
        invalid.getStyleClass().add("dialog-error");
        grid.add(invalid, 0, row, 2, 1);
        return invalid;
    }
}
